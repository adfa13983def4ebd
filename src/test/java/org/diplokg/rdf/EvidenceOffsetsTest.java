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
        int[] n = check(ModelFactory.createModelForGraph(SeedCorpus.batch().union()));
        assertTrue(n[0] > 50, "spans: " + n[0]);
        assertTrue(n[1] > 20, "mention spans: " + n[1]);
    }

    @Test
    void offsetsCountCodePointsWhenTheTextHasCharactersOutsideTheBmp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = dir.resolve("astral.txt");
        java.nio.file.Files.writeString(f, "\uD83C\uDF0D \uD835\uDC0D\uD835\uDC1E\uD835\uDC30\uD835\uDC2C \uD83C\uDF0F\n"
                + "President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo \uD83E\uDD1D on Friday.\n",
                java.nio.charset.StandardCharsets.UTF_8);
        org.diplokg.pipeline.ArticleResult r = new org.diplokg.pipeline.Pipeline(SeedCorpus.gazetteer()).process(f);
        assertEquals(1, r.meetings().size());
        int[] n = check(ModelFactory.createModelForGraph(r.graph()));
        assertTrue(n[0] >= 3, "spans: " + n[0]);
    }

    /** Checks every span of {@code m}; gives the number of spans and of linked mention spans. */
    private static int[] check(Model m) {
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
        return new int[] {spans, linked};
    }
}
