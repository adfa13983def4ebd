package org.diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.SeedCorpus;
import org.junit.jupiter.api.Test;

class SplitValidationTest {
    private static Shapes shapes() throws Exception {
        try (InputStream in = ShaclGate.class.getResourceAsStream("/shapes/diplokg-shapes.ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        }
    }

    /** The seed corpus with meetings broken in several ways, so that many shapes report on many nodes. */
    private static Graph brokenSeeds() {
        Graph g = SeedCorpus.batch().union();
        RDFParser.fromString("""
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <http://example.org/a> a dkg:Article ; dcterms:identifier "art_1" ; dcterms:title "T" ; rdfs:label "T" .
                <http://example.org/m1> a dkg:DiplomaticMeeting ; rdfs:label "m" ; prov:wasDerivedFrom <http://example.org/a> ;
                    dkg:status dkg:Held , dkg:Proposed ; dkg:date "2025-07-11T10:00:00"^^xsd:dateTime .
                <http://example.org/m2> a dkg:DiplomaticMeeting ; prov:wasDerivedFrom <http://example.org/a> ;
                    dkg:participant <http://example.org/nobody> .
                <http://example.org/nobody> rdfs:label "nobody" .
                """, Lang.TURTLE).parse(g);
        return g;
    }

    private static List<String> entries(ValidationReport r) {
        return r.getEntries().stream().map(ReportEntry::toString).toList();
    }

    @Test
    void runsOnSeveralThreadsReportWhatOneThreadReportsInTheSameOrder() throws Exception {
        Shapes shapes = shapes();
        Graph g = brokenSeeds();
        ValidationReport one = ShaclValidator.get().validate(shapes, g);
        assertFalse(one.conforms());
        assertTrue(one.getEntries().size() >= 5, () -> "too few entries to compare: " + entries(one));
        for (int threads : new int[] {2, 3}) {
            ValidationReport split = SplitValidation.run(shapes, g, threads, 1, 1);
            assertEquals(entries(one), entries(split), "threads " + threads);
            assertEquals(one.conforms(), split.conforms());
            assertTrue(one.getGraph().isIsomorphicWith(split.getGraph()), "report graphs differ on " + threads + " threads");
        }
    }

    @Test
    void aConformingGraphConformsOnSeveralThreads() throws Exception {
        ValidationReport r = SplitValidation.run(shapes(), SeedCorpus.batch().union(), 2, 1, 1);
        assertTrue(r.conforms(), () -> String.join("\n", entries(r)));
        assertEquals(0, r.getEntries().size());
    }

    @Test
    void theGateOnTwoThreadsGivesTheViolationsOfOne() {
        Graph g = brokenSeeds();
        ValidationOutcome one = ShaclGate.bundled().validate(g);
        ValidationOutcome two = ShaclGate.bundled().threads(2).splitFrom(1).validate(g);
        assertFalse(one.conforms());
        assertEquals(one.violations(), two.violations());
    }
}
