package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.publish.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint's defaults and its opt-in write side, over HTTP. */
class HardeningTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String JSON = "application/sparql-results+json";

    private static DatasetGraph data(int n) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("http://example.org/g");
        dsg.executeWrite(() -> {
            for (int i = 0; i < n; i++) {
                dsg.add(Quad.create(g, NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("v" + i)));
                dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("v" + i)));
            }
        });
        return dsg;
    }

    @Test
    void readOnlyByDefaultWithCorsServiceDescriptionAndNoService() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(data(10)).port(0).start()) {
            String base = s.baseUrl() + DiploServer.DATASET;
            assertEquals(404, Http.form(base + "/update", "update", "CLEAR ALL", null, null, "*/*").statusCode());
            HttpResponse<String> upd = Http.form(base + "/sparql", "update", "CLEAR ALL", null, null, "*/*");
            assertTrue(upd.statusCode() >= 400, "update through the query endpoint: " + upd.statusCode());
            assertTrue(Http.form(base + "/sparql", "query", COUNT, null, null, JSON).body().contains("\"10\""));

            HttpResponse<String> svc = Http.form(base + "/sparql", "query",
                    "SELECT * WHERE { SERVICE <" + s.sparqlUrl() + "> { ?s ?p ?o } }", null, null, JSON);
            assertTrue(svc.statusCode() >= 400, "SERVICE must be refused: " + svc.statusCode() + " " + svc.body());

            HttpResponse<byte[]> sd = Http.get(s.sparqlUrl());
            assertEquals(200, sd.statusCode());
            assertTrue(sd.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            assertTrue(sd.headers().allValues("Link").toString().contains("/dumps/void.ttl"));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(new String(sd.body(), StandardCharsets.UTF_8), Lang.TURTLE).parse(g);
            Node svcNode = NodeFactory.createURI(s.sparqlUrl());
            assertTrue(g.contains(svcNode, Terms.TYPE, NodeFactory.createURI(Terms.SD + "Service")));
            assertFalse(g.contains(svcNode, NodeFactory.createURI(Terms.SD + "supportedLanguage"),
                    NodeFactory.createURI(Terms.SD + "SPARQL11Update")));
            assertTrue(g.contains(Node.ANY, Node.ANY, NodeFactory.createURI(s.baseUrl() + "/dumps/void.ttl")));

            HttpResponse<String> pre = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://example.org")
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never with credentials");
        }
    }

    @Test
    void updatesNeedCredentialsAndNeverLoadFiles(@TempDir Path tmp) throws Exception {
        Path pw = tmp.resolve("passwd");
        Files.writeString(pw, "editor: s3cret\n");
        try (DiploServer s = DiploServer.builder().dataset(data(3)).port(0).updates(pw).start()) {
            String update = s.baseUrl() + DiploServer.DATASET + "/update";
            String insert = "INSERT DATA { <http://example.org/new> <http://example.org/p> 1 }";
            assertEquals(401, Http.form(update, "update", insert, null, null, "*/*").statusCode());
            assertEquals(401, Http.form(update, "update", insert, "editor", "wrong", "*/*").statusCode());
            assertEquals(200, Http.form(update, "update", insert, "editor", "s3cret", "*/*").statusCode());
            assertTrue(Http.form(s.sparqlUrl(), "query", COUNT, null, null, JSON).body().contains("\"4\""),
                    "the authorised insert is visible; reading needs no credentials");

            assertEquals(403, Http.form(update, "request", "LOAD <file:///etc/passwd>", "editor", "s3cret", "*/*").statusCode(),
                    "the 'request' alias is guarded too");
            HttpResponse<String> load = Http.form(update, "update", "LOAD <file:///etc/passwd>", "editor", "s3cret", "*/*");
            assertEquals(403, load.statusCode());
            assertTrue(load.body().contains("LOAD is allowed from http(s) IRIs only"));
            HttpResponse<String> loadBody = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(update))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("LOAD <file:///etc/passwd> INTO GRAPH <http://example.org/x>")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, loadBody.statusCode());
            HttpResponse<String> ok = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(update))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("DELETE DATA { <http://example.org/new> <http://example.org/p> 1 }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, ok.statusCode(), "a replayed body reaches Fuseki intact: " + ok.body());
            assertTrue(Http.form(s.sparqlUrl(), "query", COUNT, null, null, JSON).body().contains("\"3\""));
        }
    }

    @Test
    void aQueryThatTimesOutGetsAnHttpErrorNotPartialResults() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(data(300)).port(0).timeout(300, 600).start()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.form(s.sparqlUrl(), "query",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", null, null, JSON);
            double secs = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertFalse(r.body().contains("\"bindings\""), "no result document: " + r.body());
            assertTrue(secs < 30, "stopped by the timeout, took " + secs + " s");
            assertTrue(Http.form(s.sparqlUrl(), "query", COUNT, null, null, JSON).body().contains("\"300\""),
                    "the server still answers after a timeout");
        }
    }
}
