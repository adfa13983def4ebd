package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplokg.SeedCorpus;
import org.junit.jupiter.api.Test;

/** Every evidence span in the output points to the words it claims, in the article text that is in the graph. */
class EvidenceOffsetsTest {
    private static final String Q = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?m ?span ?b ?e ?anchor ?text ?sentence ?label WHERE {
              ?m dkg:evidence ?span .
              ?span nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
                    nif:referenceContext ?ctx ; dkg:sentence ?sentence .
              ?ctx nif:isString ?text .
              OPTIONAL { ?span itsrdf:taIdentRef ?ent . ?ent rdfs:label ?label }
            }""";

    @Test
    void anchorsEqualTheTextAtTheirCodePointOffsets() {
        Model m = ModelFactory.createModelForGraph(SeedCorpus.batch().union());
        int spans = 0;
        int linked = 0;
        try (QueryExecution qe = QueryExecution.create(Q, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String text = s.getLiteral("text").getString();
                int b = s.getLiteral("b").getInt();
                int e = s.getLiteral("e").getInt();
                int from = text.offsetByCodePoints(0, b);
                int to = text.offsetByCodePoints(0, e);
                String anchor = s.getLiteral("anchor").getString();
                assertEquals(anchor, text.substring(from, to), s.getResource("span").getURI());
                assertTrue(s.getLiteral("sentence").getString().contains(anchor), "sentence contains its span");
                assertTrue(s.getResource("span").getURI().endsWith("#char=" + b + "," + e));
                if (s.contains("label")) {
                    linked++;
                    String label = s.getLiteral("label").getString();
                    assertFalse(anchor.isBlank(), "a mention span names its entity: " + label);
                }
                spans++;
            }
        }
        assertTrue(spans > 50, "spans: " + spans);
        assertTrue(linked > 20, "mention spans: " + linked);
    }
}
