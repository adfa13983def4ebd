package org.diplokg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.serve.DiploServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Minted IRIs resolve on a real server, over plain HTTP, in every variant. */
class ContentNegotiationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DiploServer server;
    private static Node meeting;
    private static String meetingUrl;

    @BeforeAll
    static void start() throws Exception {
        server = BundledCorpus.server();
        List<QuerySolution> rows = Select.rows(BundledCorpus.dataset(), Select.parse("""
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                SELECT ?m { ?m a dkg:DiplomaticMeeting ; dkg:participant ?p } ORDER BY ?m LIMIT 1"""));
        meeting = rows.get(0).getResource("m").asNode();
        meetingUrl = server.baseUrl() + "/" + meeting.getURI().substring(PublicBase.DEFAULT.length());
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    /** The meeting's own triples in the dataset. */
    static List<Triple> stored() throws Exception {
        return BundledCorpus.dataset().getDefaultGraph().find(meeting, Node.ANY, Node.ANY).toList();
    }

    private void assertHasMeetingTriples(Graph g) throws Exception {
        List<Triple> own = stored();
        assertTrue(own.size() > 5, "the test meeting should have triples");
        for (Triple t : own) assertTrue(g.contains(t), "missing " + t);
        assertTrue(g.contains(meeting, RDF.type.asNode(), DKG.DiplomaticMeeting));
    }

    @Test
    void turtleOnTheMeetingUrlGivesItsTriples() throws Exception {
        HttpResponse<String> r = get(meetingUrl, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertTrue(r.headers().firstValue("Content-Location").orElse("").endsWith("?format=ttl"));
        assertHasMeetingTriples(parse(r.body(), Lang.TURTLE));
    }

    @Test
    void jsonLdAndNTriplesCarryTheSameTriples() throws Exception {
        HttpResponse<String> j = get(meetingUrl, "application/ld+json");
        assertEquals(200, j.statusCode());
        assertTrue(j.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertHasMeetingTriples(parse(j.body(), Lang.JSONLD));
        HttpResponse<String> n = get(meetingUrl, "application/n-triples");
        assertEquals(200, n.statusCode());
        assertTrue(n.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertHasMeetingTriples(parse(n.body(), Lang.NTRIPLES));
        assertTrue(parse(n.body(), Lang.NTRIPLES).isIsomorphicWith(parse(j.body(), Lang.JSONLD)));
    }

    @Test
    void browsersGetThePageWithLabelsAndEmbeddedJsonLd() throws Exception {
        HttpResponse<String> r = get(meetingUrl, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        String label = BundledCorpus.dataset().getDefaultGraph()
                .find(meeting, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(r.body().contains("<h1>" + Html.esc(label) + "</h1>"), "page heading is the meeting's label");
        int start = r.body().indexOf("<script type=\"application/ld+json\">");
        assertTrue(start > 0, "embedded JSON-LD");
        String json = r.body().substring(r.body().indexOf('\n', start) + 1, r.body().indexOf("</script>", start));
        assertHasMeetingTriples(parse(json, Lang.JSONLD));
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        for (String[] f : new String[][] {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"},
                {"nt", "application/n-triples"}, {"html", "text/html"}}) {
            HttpResponse<String> r = get(meetingUrl + "?format=" + f[0], "text/html");
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
        }
        assertEquals(400, get(meetingUrl + "?format=xml", null).statusCode());
        assertEquals(406, get(meetingUrl, "image/png").statusCode());
    }

    @Test
    void unknownResourcesAre404() throws Exception {
        assertEquals(404, get(server.baseUrl() + "/id/meeting/no-such-meeting", "text/turtle").statusCode());
        assertEquals(404, get(server.baseUrl() + "/id/person/Q1", "text/html").statusCode());
    }

    @Test
    void entitiesAndTheArticleTextDocumentResolve() throws Exception {
        HttpResponse<String> state = get(server.baseUrl() + "/id/state/Q30", "text/turtle");
        assertEquals(200, state.statusCode());
        Graph g = parse(state.body(), Lang.TURTLE);
        Node q30 = NodeFactory.createURI(PublicBase.DEFAULT + "id/state/Q30");
        assertTrue(g.contains(q30, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q30")));
        assertTrue(g.contains(Node.ANY, DKG.participatingState, q30), "incoming links are part of the description");

        String article = stored().stream().filter(t -> t.getPredicate().getURI().equals("http://www.w3.org/ns/prov#wasDerivedFrom"))
                .findFirst().orElseThrow().getObject().getURI();
        HttpResponse<String> text = get(server.baseUrl() + "/" + article.substring(PublicBase.DEFAULT.length()) + "/text", "application/n-triples");
        assertEquals(200, text.statusCode());
        Graph t = parse(text.body(), Lang.NTRIPLES);
        assertFalse(t.find(Node.ANY, org.diplokg.rdf.vocab.Namespaces.NIF_IS_STRING, Node.ANY).toList().isEmpty(), "the text itself");
        assertTrue(t.find(Node.ANY, org.diplokg.rdf.vocab.Namespaces.NIF_BEGIN_INDEX, Node.ANY).toList().size() > 2, "its spans");
    }

    @Test
    void ontologyServesTurtleAndAPageListingEveryTerm() throws Exception {
        HttpResponse<String> ttl = get(server.baseUrl() + "/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph onto = parse(ttl.body(), Lang.TURTLE);
        assertTrue(onto.contains(NodeFactory.createURI(DKG.ONTOLOGY), RDF.type.asNode(), OWL.Ontology.asNode()));
        HttpResponse<String> html = get(server.baseUrl() + "/ontology", "text/html");
        assertEquals(200, html.statusCode());
        int terms = 0;
        for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            for (Triple t : onto.find(Node.ANY, RDF.type.asNode(), type).toList()) {
                String iri = t.getSubject().isURI() ? t.getSubject().getURI() : "";
                if (!iri.startsWith(DKG.NS)) continue;
                assertTrue(html.body().contains("id=\"" + iri.substring(DKG.NS.length()) + "\""), "no entry for " + iri);
                terms++;
            }
        }
        assertTrue(terms > 30, "ontology terms checked: " + terms);
        assertTrue(html.body().contains("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"), "SEM alignment shown");
        assertTrue(html.body().contains("http://www.wikidata.org/prop/direct/P710"), "Wikidata alignment shown");
    }

    @Test
    void landingPageAnswersVoidToRdfClients() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "/", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(PublicBase.DEFAULT);
        long meetings = Select.count(BundledCorpus.dataset(), Select.parse(
                "PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a dkg:DiplomaticMeeting }"));
        assertTrue(g.contains(ds, RDF.type.asNode(), org.apache.jena.vocabulary.VOID.Dataset.asNode()));
        assertTrue(g.find(Node.ANY, org.apache.jena.vocabulary.VOID.entities.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().equals(Long.toString(meetings))));
        long reports = Select.count(BundledCorpus.dataset(), Select.parse(
                "PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a dkg:MeetingReport }"));
        for (Node[] c : new Node[][] {{DKG.DiplomaticMeeting, num(meetings)}, {DKG.MeetingReport, num(reports)}}) {
            Node part = g.find(Node.ANY, org.apache.jena.vocabulary.VOID._class.asNode(), c[0]).next().getSubject();
            assertTrue(g.contains(part, org.apache.jena.vocabulary.VOID.entities.asNode(), c[1]), "VoID counts " + c[0]);
        }
        HttpResponse<String> html = get(server.baseUrl() + "/", "text/html");
        assertTrue(html.body().contains("<li id=\"figure-meetings\"><span class=\"n\">" + meetings + "</span>"));
        assertTrue(html.body().contains("<li id=\"figure-reports\"><span class=\"n\">" + reports + "</span>"));
        assertTrue(html.body().contains("no release dumps"), "no dumps are served here, so none are linked");
    }

    private static Node num(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
}
