package org.diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.SeedCorpus;
import org.junit.jupiter.api.Test;

class ShaclGateTest {
    private static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    private static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    @Test
    void seedOutputConforms() {
        ValidationOutcome v = ShaclGate.bundled().validate(SeedCorpus.batch().union());
        assertTrue(v.conforms(), () -> String.join("\n", v.violations().stream().map(Violation::line).toList()));
    }

    @Test
    void eachRuleIsEnforcedAndNamesTheArticle() {
        Graph g = parse(PREFIXES + """
                <http://example.org/a> a dkg:Article ; dcterms:identifier "art_1" ; dcterms:title "T" ; rdfs:label "T" .
                <http://example.org/m> a dkg:DiplomaticMeeting ; rdfs:label "m" ; prov:wasDerivedFrom <http://example.org/a> ;
                    dkg:status dkg:Held , dkg:Proposed ;
                    dkg:participatingState <http://example.org/s1> ;
                    dkg:participant <http://example.org/p> ;
                    dkg:date "2025-07-11T10:00:00"^^xsd:dateTime ;
                    dkg:evidence <http://example.org/e> .
                <http://example.org/e> nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "1"^^xsd:nonNegativeInteger ;
                    nif:referenceContext <http://example.org/c> ; nif:anchorOf "T" .
                <http://example.org/s1> a dkg:State ; rdfs:label "S" ; owl:sameAs <http://www.wikidata.org/entity/P30> .
                <http://example.org/p> rdfs:label "nobody" .
                """);
        ValidationOutcome v = ShaclGate.bundled().validate(g);
        assertFalse(v.conforms());
        List<String> lines = v.violations().stream().map(Violation::line).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("exactly one status"), all);
        assertTrue(all.contains("at least two participating states"), all);
        assertTrue(all.contains("xsd:date, xsd:gYearMonth or xsd:gYear"), all);
        assertTrue(all.contains("must be a dkg:Person"), all);
        assertTrue(all.contains("Wikidata entity IRI"), all);
        assertTrue(lines.stream().filter(l -> l.contains("<http://example.org/m>")).allMatch(l -> l.contains("(article art_1)")), all);
        assertFalse(v.report().isEmpty());
    }
}
