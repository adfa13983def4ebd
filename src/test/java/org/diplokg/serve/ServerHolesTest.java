package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.serve.web.LinkedDataFront;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holes the security campaign found, each closed and checked over HTTP against a real server. */
class ServerHolesTest {
    private static final String JSON = "application/sparql-results+json";
    private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    /** {@code n} triples {@code <http://example.org/sI> <http://example.org/p> "vI"} in the default graph. */
    static DatasetGraph data(int n) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (int i = 0; i < n; i++) {
                dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("v" + i)));
            }
        });
        return dsg;
    }

    private DiploServer withUpdates(DatasetGraph dsg) throws Exception {
        Path pw = tmp.resolve("passwd");
        Files.writeString(pw, "editor: s3cret\n");
        return DiploServer.builder().dataset(dsg).port(0).updates(pw).start();
    }

    private static HttpResponse<String> post(String url, String type, String encoding, byte[] body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) b.header("Content-Type", type);
        if (encoding != null) b.header("Content-Encoding", encoding);
        if (auth != null) b.header("Authorization", auth);
        return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ask(DiploServer s, String query) throws Exception {
        return Http.form(s.sparqlUrl(), "query", query, null, null, JSON).body().contains("\"boolean\" : true");
    }

    @Test
    void theLoadGuardDecidesFromTheUpdateWhateverItsTypeOrEncoding() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.nt"), "<http://example.org/x> <http://example.org/p> \"SECRET\" .\n");
        String load = "LOAD <" + secret.toUri() + "> INTO GRAPH <http://example.org/stolen>";
        byte[] gz;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(load.getBytes(StandardCharsets.UTF_8));
        }
        gz = bytes.toByteArray();
        try (DiploServer s = withUpdates(DatasetGraphFactory.createTxnMem())) {
            String update = s.baseUrl() + DiploServer.DATASET + "/update";
            byte[] plain = load.getBytes(StandardCharsets.UTF_8);
            List<HttpResponse<String>> tries = List.of(
                    post(update, null, null, plain, EDITOR),
                    post(update, "text/plain", null, plain, EDITOR),
                    post(update, "application/sparql-update", "gzip", gz, EDITOR),
                    post(update, "application/x-www-form-urlencoded", "gzip", gz, EDITOR),
                    post(update + "?update=" + java.net.URLEncoder.encode(load, StandardCharsets.UTF_8), null, null, new byte[0], EDITOR));
            for (HttpResponse<String> r : tries) {
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().headers() + " -> " + r.statusCode() + " " + r.body());
            }
            assertFalse(ask(s, "ASK { GRAPH ?g { ?s ?p \"SECRET\" } }"), "the server's file was not loaded");
            assertEquals(204, post(update, "application/sparql-update", null,
                    "INSERT DATA { <http://example.org/a> <http://example.org/p> 1 }".getBytes(StandardCharsets.UTF_8), EDITOR).statusCode());
        }
    }

    @Test
    void jsonLdUploadsLoadNoContextFromFilesOrTheWeb() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        com.sun.net.httpserver.HttpServer web = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", ex -> {
            fetched.incrementAndGet();
            byte[] ctx = "{\"@context\": {\"name\": \"http://schema.org/name\"}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/ld+json");
            ex.sendResponseHeaders(200, ctx.length);
            ex.getResponseBody().write(ctx);
            ex.close();
        });
        web.start();
        Path local = Files.writeString(tmp.resolve("ctx.jsonld"), "{\"@context\": {\"name\": \"http://schema.org/name\"}}");
        try (DiploServer s = withUpdates(DatasetGraphFactory.createTxnMem())) {
            String data = s.baseUrl() + DiploServer.DATASET + "/data?graph=" + java.net.URLEncoder.encode("http://example.org/j", StandardCharsets.UTF_8);
            for (String context : new String[] {"http://127.0.0.1:" + web.getAddress().getPort() + "/ctx.jsonld", local.toUri().toString()}) {
                String doc = "{\"@context\": \"" + context + "\", \"@id\": \"http://example.org/a\", \"name\": \"LEAKED\"}";
                HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(data))
                        .header("Content-Type", "application/ld+json").header("Authorization", EDITOR)
                        .PUT(HttpRequest.BodyPublishers.ofString(doc)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(415, r.statusCode(), context + ": " + r.body());
            }
            assertEquals(0, fetched.get(), "the server fetched no context");
            assertFalse(ask(s, "ASK { GRAPH ?g { ?s ?p \"LEAKED\" } }"));
            HttpResponse<String> turtle = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(data))
                    .header("Content-Type", "text/turtle").header("Authorization", EDITOR)
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/p> \"ok\" .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(turtle.statusCode() / 100 == 2, "Turtle uploads still work: " + turtle.statusCode() + " " + turtle.body());
        } finally {
            web.stop(0);
        }
    }

    /** Whether a thread is matching a regular expression for a SPARQL query (other threads of the test JVM may use regexes of their own). */
    static boolean regexRunning() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().isAlive()
                && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("java.util.regex"))
                && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql")));
    }

    @Test
    void aRunawayRegexIsStoppedByTheTimeoutAndFreesTheCore() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(data(3)).port(0).timeout(1000, 2000).start()) {
            String q = "SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s) FILTER(REGEX(?s, \"^(.*a){20}$\")) }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.form(s.sparqlUrl(), "query", q, null, null, JSON);
            double secs = (System.nanoTime() - t0) / 1e9;
            assertTrue(secs < 20, "the timeout stopped it, took " + secs + " s");
            assertFalse(r.statusCode() == 200 && r.body().contains("\"bindings\"") && r.body().trim().endsWith("}"),
                    "no complete result: " + r.statusCode() + " " + r.body());
            long deadline = System.currentTimeMillis() + 5000;
            while (regexRunning() && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertFalse(regexRunning(), "no thread is still matching after the query ended");
            assertTrue(ask(s, "ASK { FILTER(REGEX(\"abc\", \"^a.c$\")) }"), "ordinary REGEX still works");
            assertTrue(Http.form(s.sparqlUrl(), "query", "SELECT (REPLACE(\"Abc abc\", \"b\", \"X\", \"i\") AS ?r) {}", null, null, JSON)
                    .body().contains("AXc aXc"), "and REPLACE");
        }
    }

    @Test
    void concurrentQueriesBeyondTheLimitAndQueueGet503WithRetryAfter() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(data(300)).port(0).timeout(3000, 6000).maxQueries(1, 1)
                .longQueries(1, 60_000).start()) {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> form(s, slow));
            Thread.sleep(500);
            // another query text: an identical one would wait for the first's answer (QueryResultCache), not queue
            CompletableFuture<HttpResponse<String>> queued = CompletableFuture.supplyAsync(() -> form(s, slow.replace("?n", "?queued")));
            Thread.sleep(500);
            long t0 = System.nanoTime();
            HttpResponse<String> refused = form(s, "ASK { ?a ?b ?c . ?d ?e ?f }");
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue((System.nanoTime() - t0) / 1e9 < 2, "refused at once, not after waiting");
            assertEquals(String.valueOf(QueryGate.RETRY_AFTER_SECONDS), refused.headers().firstValue("Retry-After").orElse(""));
            running.get();
            queued.get();
            assertEquals(200, form(s, "ASK {}").statusCode(), "the server answers again");
        }
    }

    @Test
    void aQueryPastTheRowCapStopsWith422AndSimpleQueriesHaveALaneOfTheirOwn() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(data(300)).port(0).timeout(3000, 4000).maxRows(100).maxQueries(1, 0)
                .longQueries(1, 60_000).start()) {
            HttpResponse<String> big = form(s, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . ?a ?b ?c }");
            assertEquals(422, big.statusCode(), big.body());
            assertTrue(big.body().contains("more than 100 solutions"), big.body());
            assertEquals(200, form(s, "SELECT * WHERE { ?s ?p ?o } LIMIT 100").statusCode(), "up to the cap is fine");
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> form(s, slow));
            Thread.sleep(500);
            long t0 = System.nanoTime();
            HttpResponse<String> ask = form(s, "ASK {}");
            assertEquals(200, ask.statusCode(), "ASK {} is not queued behind the running query");
            assertTrue((System.nanoTime() - t0) / 1e9 < 2, "and answered at once");
            assertEquals(503, form(s, "ASK { ?a ?b ?c . ?d ?e ?f }").statusCode(), "while the main lane is full (queue 0)");
            running.get();
        }
    }

    @Test
    void aQueryStillRunningAfterLongAfterTakesALongSlotOrIsCancelled() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(data(300)).port(0).timeout(6000, 6000).maxQueries(1, 4)
                .longQueries(1, 300).start()) {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long t0 = System.nanoTime();
            CompletableFuture<Double> first = CompletableFuture.supplyAsync(() -> {
                form(s, slow);
                return (System.nanoTime() - t0) / 1e9;
            });
            Thread.sleep(150);
            HttpResponse<String> second = form(s, slow.replace("?n", "?second"));
            double secondEnded = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, second.statusCode(), "the long slot is taken: cancelled");
            assertEquals(String.valueOf(QueryGate.RETRY_AFTER_SECONDS), second.headers().firstValue("Retry-After").orElse(""));
            double firstEnded = first.get();
            assertTrue(secondEnded < firstEnded - 1, "the second was cancelled (" + secondEnded + " s) well before the first's timeout ("
                    + firstEnded + " s)");
        }
    }

    private static HttpResponse<String> form(DiploServer s, String q) {
        try {
            return Http.form(s.sparqlUrl(), "query", q, null, null, JSON);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void malformedBasicAuthGets401AndRepeatedFailuresAreSlowed() throws Exception {
        try (DiploServer s = withUpdates(DatasetGraphFactory.createTxnMem())) {
            String update = s.baseUrl() + DiploServer.DATASET + "/update";
            byte[] insert = "INSERT DATA { <http://example.org/a> <http://example.org/p> 1 }".getBytes(StandardCharsets.UTF_8);
            for (String bad : new String[] {"Basic !!!not-base64", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()), "Basic"}) {
                HttpResponse<String> r = post(update, "application/sparql-update", null, insert, bad);
                assertEquals(401, r.statusCode(), bad + ": " + r.body());
            }
            String wrong = "Basic " + Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8));
            int tooMany = 0;
            for (int i = 0; i < 30; i++) {
                int code = post(update, "application/sparql-update", null, insert, wrong).statusCode();
                assertTrue(code == 401 || code == 429, "got " + code);
                if (code == 429) tooMany++;
            }
            assertTrue(tooMany >= 20, "after " + AuthGuard.MAX_FAILURES + " failures the address is slowed: " + tooMany);
            HttpResponse<String> right = post(update, "application/sparql-update", null, insert, EDITOR);
            assertEquals(429, right.statusCode(), "even the right password waits out the window");
            assertTrue(right.headers().firstValue("Retry-After").isPresent());
        }
    }

    /** A raw HTTP/1.1 GET with a Host header of our choosing (Java's client will not send one). */
    static String rawGet(int port, String path, String host) throws Exception {
        try (Socket sock = new Socket("127.0.0.1", port)) {
            sock.setSoTimeout(60_000);
            OutputStream out = sock.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = sock.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pagesAndLinksUseTheConfiguredBaseNeverTheHostHeader() throws Exception {
        DatasetGraph dsg = data(3);
        try (DiploServer s = DiploServer.builder().dataset(dsg).port(0).publicUrl("https://kg.example.org/")
                .extend(LinkedDataFront.over(dsg).publicUrl("https://kg.example.org/").routes()).start()) {
            String landing = rawGet(s.port(), "/", "evil.example");
            assertTrue(landing.startsWith("HTTP/1.1 200"), landing);
            String sd = rawGet(s.port(), DiploServer.DATASET + "/sparql", "evil.example");
            for (String r : List.of(landing, sd)) {
                assertFalse(r.contains("evil.example"), "the Host header is not reflected:\n" + r);
            }
            assertTrue(landing.contains("https://kg.example.org/diplokg/sparql"), "the configured base is used");
            assertTrue(sd.contains("<https://kg.example.org/diplokg/sparql>"), sd);
        }
        try (DiploServer s = DiploServer.builder().dataset(dsg).port(0).extend(LinkedDataFront.over(dsg).routes()).start()) {
            String landing = rawGet(s.port(), "/", "evil.example");
            assertFalse(landing.contains("evil.example"), landing);
            assertTrue(landing.contains("http://localhost:" + s.port() + "/diplokg/sparql"), "default: localhost and the port");
        }
    }

    @Test
    void xmlResultsStayWellFormedWithControlCharacters() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("bell\u0007null\u0000esc\u001b end"))));
        try (DiploServer s = DiploServer.builder().dataset(dsg).port(0).start()) {
            HttpResponse<String> r = Http.form(s.sparqlUrl(), "query", "SELECT ?o { ?s ?p ?o }", null, null,
                    "application/sparql-results+xml");
            assertEquals(200, r.statusCode());
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("bell\uFFFDnull\uFFFDesc\uFFFD end", doc.getElementsByTagName("literal").item(0).getTextContent());
            HttpResponse<String> json = Http.form(s.sparqlUrl(), "query", "SELECT ?o { ?s ?p ?o }", null, null, JSON);
            assertTrue(json.body().contains("bell\\u0007null"), "JSON escapes them and is left alone: " + json.body());
        }
    }
}
