package org.diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Every shape says how far it looks, and a scope that its shape breaks is refused when the shapes are loaded. */
class ShapeScopesTest {
    private static final String PREFIXES = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX dkgsh: <https://w3id.org/diplokg/shapes#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX ex: <https://example.org/>
            """;

    private static Shapes shapes(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(g);
        return Shapes.parse(g);
    }

    private static Node shape(String local) {
        return NodeFactory.createURI(ShapeScopes.NS + local);
    }

    @Test
    void everyBundledShapeHasTheScopeItsTargetsAndPathsCallFor() {
        ShapeScopes scopes = ShaclGate.bundled().scopes();
        assertEquals(List.of(), scopes.unscoped().stream().map(s -> s.getShapeNode().toString()).toList(),
                "a bundled shape without dkgsh:scope would be validated in full on every publish");
        Map<String, ShapeScope> all = new TreeMap<>();
        for (ShapeScopes.Scoped s : scopes.scoped()) all.put(s.shape().getShapeNode().getLocalName(), s.scope());
        Map<String, ShapeScope> expected = new TreeMap<>(Map.of(
                "ArticleShape", ShapeScope.WITHIN_ARTICLE,
                "EvidenceShape", ShapeScope.WITHIN_ARTICLE,
                "MeetingShape", ShapeScope.ACROSS_ARTICLES,
                "ReportShape", ShapeScope.ACROSS_ARTICLES,
                "MeetingReportsShape", ShapeScope.ACROSS_ARTICLES,
                "ParticipantShape", ShapeScope.ACROSS_ARTICLES,
                "LabelledShape", ShapeScope.ACROSS_ARTICLES,
                "WikidataLinkShape", ShapeScope.ACROSS_ARTICLES,
                "MeetingAliasShape", ShapeScope.ACROSS_ARTICLES,
                "ParticipantOfficeShape", ShapeScope.ACROSS_ARTICLES));
        assertEquals(expected, all);
    }

    @Test
    void theReadsOfAShapeFollowItsTargetsPathsClassesAndDeclaredQuery() {
        Graph g = ShaclGate.bundled().scopes().scoped().get(0).shape().getShapeGraph();
        ShapeReads reports = ShapeReads.of(g, shape("MeetingReportsShape"));
        assertEquals(List.of("rdf:type/rdfs:subClassOf*"), paths(g, reports.targets()));
        assertEquals(List.of("^dkg:reportOf", "^dkg:reportOf/rdf:type/rdfs:subClassOf*"), paths(g, reports.constraints()));
        ShapeReads alias = ShapeReads.of(g, shape("MeetingAliasShape"));
        assertEquals(List.of("owl:sameAs"), paths(g, alias.targets()));
        assertTrue(paths(g, alias.constraints()).contains("owl:sameAs/rdf:type/rdfs:subClassOf*"), paths(g, alias.constraints()).toString());
        ShapeReads office = ShapeReads.of(g, shape("ParticipantOfficeShape"));
        assertTrue(paths(g, office.constraints()).contains("prov:wasDerivedFrom/dkg:text/^nif:referenceContext/itsrdf:taIdentRef"),
                paths(g, office.constraints()).toString());
        ShapeReads evidence = ShapeReads.of(g, shape("EvidenceShape"));
        assertEquals(List.of("^dkg:evidence"), paths(g, evidence.targets()));
        assertEquals(List.of("nif:beginIndex", "nif:endIndex", "nif:referenceContext", "nif:anchorOf"),
                paths(g, evidence.constraints()).stream().sorted((a, b) -> order(a) - order(b)).toList());
    }

    private static int order(String p) {
        return List.of("nif:beginIndex", "nif:endIndex", "nif:referenceContext", "nif:anchorOf").indexOf(p);
    }

    private static List<String> paths(Graph g, List<org.apache.jena.sparql.path.Path> paths) {
        return paths.stream().map(p -> text(g, p)).toList();
    }

    /** A path in SPARQL syntax with the shapes' prefixes, without the parentheses Jena writes. */
    private static String text(Graph g, org.apache.jena.sparql.path.Path p) {
        if (p instanceof org.apache.jena.sparql.path.P_Link l) {
            String q = g.getPrefixMapping().qnameFor(l.getNode().getURI());
            return q == null ? (l.getNode().getURI().endsWith("#type") ? "rdf:type" : l.getNode().getURI()) : q;
        }
        if (p instanceof org.apache.jena.sparql.path.P_ReverseLink r) return "^" + text(g, new org.apache.jena.sparql.path.P_Link(r.getNode()));
        if (p instanceof org.apache.jena.sparql.path.P_Inverse i) return "^" + text(g, i.getSubPath());
        if (p instanceof org.apache.jena.sparql.path.P_Seq q) return text(g, q.getLeft()) + "/" + text(g, q.getRight());
        if (p instanceof org.apache.jena.sparql.path.P_ZeroOrMore1 z) return text(g, z.getSubPath()) + "*";
        return p.toString();
    }

    @Test
    void aShapeWithoutAScopeIsLeftToFullValidation() {
        ShapeScopes scopes = ShapeScopes.of(shapes("""
                ex:TitleLength a sh:NodeShape ; sh:targetClass dkg:Article ;
                    sh:property [ sh:path dcterms:title ; sh:maxLength 10 ] .
                """));
        assertEquals(List.of("https://example.org/TitleLength"), scopes.unscoped().stream().map(s -> s.getShapeNode().getURI()).toList());
        assertEquals(List.of(), scopes.scoped());
    }

    @Test
    void aShapeWithinAnArticleMayNotLookAtOtherNodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapeScopes.of(shapes("""
                ex:Bad a sh:NodeShape ; dkgsh:scope dkgsh:WithinArticle ; sh:targetClass dkg:MeetingReport ;
                    sh:property [ sh:path dkg:participatingState ; sh:class dkg:State ] .
                """)));
        assertTrue(e.getMessage().contains("https://example.org/Bad") && e.getMessage().contains("within an article"), e.getMessage());
        IllegalArgumentException inverse = assertThrows(IllegalArgumentException.class, () -> ShapeScopes.of(shapes("""
                ex:Bad a sh:NodeShape ; dkgsh:scope dkgsh:WithinArticle ; sh:targetClass dkg:DiplomaticMeeting ;
                    sh:property [ sh:path [ sh:inversePath dkg:reportOf ] ; sh:minCount 1 ] .
                """)));
        assertTrue(inverse.getMessage().contains("^"), inverse.getMessage());
    }

    @Test
    void aSparqlConstraintMustListWhatItReads() {
        String query = """
                ex:Q a sh:NodeShape ; dkgsh:scope dkgsh:AcrossArticles ; sh:targetClass dkg:MeetingReport ; %s
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <https://w3id.org/diplokg/ontology#reportOf> ?m }" ] .
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapeScopes.of(shapes(query.formatted(""))));
        assertTrue(e.getMessage().contains("dkgsh:reads"), e.getMessage());
        ShapeScopes declared = ShapeScopes.of(shapes(query.formatted("dkgsh:reads dkg:reportOf ;")));
        assertEquals(ShapeScope.ACROSS_ARTICLES, declared.scopeOf(NodeFactory.createURI("https://example.org/Q")));
    }

    @Test
    void anUnknownScopeOrAClosedShapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ShapeScopes.of(shapes("""
                ex:S a sh:NodeShape ; dkgsh:scope dkgsh:Somewhere ; sh:targetClass dkg:Article .
                """)));
        IllegalArgumentException closed = assertThrows(IllegalArgumentException.class, () -> ShapeScopes.of(shapes("""
                ex:S a sh:NodeShape ; dkgsh:scope dkgsh:AcrossArticles ; sh:targetClass dkg:Article ; sh:closed true .
                """)));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void theFingerprintSeesAChangeInsideABlankNode() throws Exception {
        String bundled = Files.readString(java.nio.file.Path.of("shapes", "diplokg-shapes.ttl"));
        String stricter = bundled.replace("sh:minCount 2 ;", "sh:minCount 3 ;");
        assertNotEquals(bundled, stricter);
        Graph a = GraphFactory.createDefaultGraph();
        RDFParser.fromString(bundled, Lang.TURTLE).parse(a);
        Graph b = GraphFactory.createDefaultGraph();
        RDFParser.fromString(stricter, Lang.TURTLE).parse(b);
        Graph again = GraphFactory.createDefaultGraph();
        RDFParser.fromString(bundled, Lang.TURTLE).parse(again);
        assertEquals(new ShaclGate(Shapes.parse(a)).fingerprint(), new ShaclGate(Shapes.parse(again)).fingerprint(),
                "the same shapes, parsed twice (other blank node labels), give the same digest");
        assertNotEquals(new ShaclGate(Shapes.parse(a)).fingerprint(), new ShaclGate(Shapes.parse(b)).fingerprint());
        assertEquals(Set.of(), Set.copyOf(new ShaclGate(Shapes.parse(a)).scopes().unscoped()));
    }

    @Test
    void everyPathStepIsFoundWithThePathBeforeIt() {
        Graph g = ShaclGate.bundled().scopes().scoped().get(0).shape().getShapeGraph();
        List<TouchedNodes.Step> steps = TouchedNodes.steps(ShapeReads.of(g, shape("MeetingReportsShape")).constraints().get(1));
        assertEquals(3, steps.size(), steps.toString());
        assertEquals(false, steps.get(0).forward());
        assertEquals(null, steps.get(0).before());
        assertEquals("^dkg:reportOf", text(g, steps.get(1).before()));
        assertEquals("^dkg:reportOf/rdf:type/rdfs:subClassOf*", text(g, steps.get(2).before()),
                "a step inside a repetition comes after any number of rounds of it");
        List<Shape> none = ShaclGate.bundled().scopes().unscoped();
        assertTrue(none.isEmpty());
    }
}
