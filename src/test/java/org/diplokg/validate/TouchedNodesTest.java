package org.diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** A change reaches the nodes whose read paths it crosses, also in articles it does not touch, and no further. */
class TouchedNodesTest {
    private static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX ex: <https://example.org/>
            """;

    /** An article with one report of a meeting on a day, naming ex:p, linked from an office and that day. */
    private static String article(String id) {
        return """
                ex:%1$s a dkg:Article ; dcterms:identifier "%1$s" ; dcterms:title "T" ; rdfs:label "T" ; dkg:text ex:%1$s-text .
                ex:r-%1$s a dkg:MeetingReport ; rdfs:label "r" ; dkg:status dkg:Held ; prov:wasDerivedFrom ex:%1$s ;
                    dkg:participatingState ex:s1 , ex:s2 ; dkg:participant ex:p ; dkg:date "2024-05-01"^^xsd:date ;
                    dkg:evidence ex:%1$s-span ; dkg:reportOf ex:m-%1$s ; dkg:mergeBasis "founded" .
                ex:m-%1$s a dkg:DiplomaticMeeting ; rdfs:label "m" ; dkg:status dkg:Held ; prov:wasDerivedFrom ex:%1$s ;
                    dkg:participatingState ex:s1 , ex:s2 ; dkg:participant ex:p ; dkg:date "2024-05-01"^^xsd:date ; dkg:evidence ex:%1$s-span .
                ex:%1$s-span nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "1"^^xsd:nonNegativeInteger ;
                    nif:referenceContext ex:%1$s-text ; nif:anchorOf "T" ; itsrdf:taIdentRef ex:p ;
                    dkg:linkBasis dkg:ByOfficeAndDate .
                ex:s1 a dkg:State ; rdfs:label "S1" . ex:s2 a dkg:State ; rdfs:label "S2" .
                ex:p a dkg:Person ; rdfs:label "P" ; dkg:holds ex:h0 . ex:h0 dkg:office ex:o3 . ex:o3 dkg:country ex:s3 .
                """.formatted(id);
    }

    private static Graph parse(String... ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String t : ttl) RDFParser.fromString(PREFIXES + t, Lang.TURTLE).parse(g);
        return g;
    }

    private static Set<String> foci(ValidationOutcome v) {
        Set<String> out = new TreeSet<>();
        v.violations().forEach(x -> out.add(x.focus() + " " + x.message()));
        return out;
    }

    @Test
    void aDatedOfficeAddedByOneArticleIsCheckedInTheReportsOfTheOthers() {
        ShaclGate gate = ShaclGate.bundled();
        Graph before = parse(article("a"), article("b"));
        assertTrue(gate.validate(before).conforms(), () -> foci(gate.validate(before)).toString());
        // article c links the same person and gives them a dated office of another state
        String c = article("c") + "ex:p dkg:holds ex:h1 . ex:h1 dkg:office ex:o9 ; dkg:startDate \"1901-01-01\"^^xsd:date . ex:o9 dkg:country ex:s9 .";
        Graph articleC = parse(c);
        Graph after = parse(article("a"), article("b"), c);
        Set<Triple> delta = after.find().filterDrop(before::contains).toSet();
        ValidationOutcome full = gate.validate(after);
        ValidationOutcome scoped = gate.validate(after, new Change(Map.of(NodeFactory.createURI("https://example.org/graph/c"), articleC), delta));
        assertEquals(foci(full), foci(scoped));
        assertTrue(foci(scoped).stream().anyMatch(f -> f.startsWith("https://example.org/r-a ")), foci(scoped).toString());
        assertTrue(foci(scoped).stream().anyMatch(f -> f.startsWith("https://example.org/r-b ")), foci(scoped).toString());
        assertFalse(scoped.coverage().full());
        assertEquals(1, scoped.coverage().articleGraphs());
        assertTrue(scoped.coverage().touchedNodes() < after.size() / 4, scoped.coverage().toString());
    }

    @Test
    void aNodeOfAnArticleThatAnotherGraphAlsoDescribesIsCheckedOnTheUnion() {
        ShaclGate gate = ShaclGate.bundled();
        Graph before = parse(article("a"));
        // another graph gives article c a second identifier: c's graph alone has one, the union two
        String c = article("c");
        Graph articleC = parse(c);
        Graph after = parse(article("a"), c, "ex:c dcterms:identifier \"c-again\" .");
        Set<Triple> delta = after.find().filterDrop(before::contains).toSet();
        ValidationOutcome scoped = gate.validate(after, new Change(Map.of(NodeFactory.createURI("https://example.org/graph/c"), articleC), delta));
        assertEquals(foci(gate.validate(after)), foci(scoped));
        assertTrue(foci(scoped).stream().anyMatch(f -> f.contains("exactly one dcterms:identifier")), foci(scoped).toString());
    }

    @Test
    void onlyTheNodeWhoseTripleChangedIsValidatedAgain() {
        ShaclGate gate = ShaclGate.bundled();
        Graph before = parse(article("a"), article("b"));
        Graph after = parse(article("a"), article("b"), "ex:b dcterms:title \"T2\" .");
        Set<Triple> delta = after.find().filterDrop(before::contains).toSet();
        ValidationOutcome scoped = gate.validate(after, new Change(Map.of(), delta));
        assertTrue(scoped.conforms());
        assertEquals(1, scoped.coverage().touchedNodes(), "ex:b's title changed: ex:b is checked against the article shape, and "
                + "nothing of ex:a: " + scoped.coverage());
    }
}
