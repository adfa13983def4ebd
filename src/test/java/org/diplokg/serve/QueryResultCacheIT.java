package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query result cache in a real server, over HTTP: hits, a burst of identical queries, a write, large and cut-off answers. */
class QueryResultCacheIT {
    private static final String JSON = "application/sparql-results+json";
    private static final String XML = "application/sparql-results+xml";
    private static final int TRIPLES = 2000;
    /** Four million pairs to count: long enough for eight identical requests sent at once to meet. */
    private static final String PAIRS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }";
    /** Runs until the timeout. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path tmp;

    /** One query at a time and none waiting, so that any query the cache did not answer shows up as a 503. */
    private DiploServer start(long cacheBytes, long timeoutMillis) throws Exception {
        Path pw = tmp.resolve("passwd");
        Files.writeString(pw, "editor: s3cret\n");
        return DiploServer.builder().dataset(ServerHolesTest.data(TRIPLES)).port(0).updates(pw).maxQueries(1, 0).longQueries(1, 60_000)
                .timeout(timeoutMillis, timeoutMillis).queryCache(cacheBytes).start();
    }

    private static HttpResponse<byte[]> get(DiploServer s, String query, String accept, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(DiploServer s, String type, String body, String accept) throws Exception {
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue(QueryResultCache.HEADER).orElse("none");
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytesAndHeaders() throws Exception {
        try (DiploServer s = start(QueryResultCache.DEFAULT_BUDGET_BYTES, 10_000)) {
            String q = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 50";
            HttpResponse<byte[]> first = get(s, q, JSON);
            assertEquals(200, first.statusCode(), text(first));
            assertEquals("miss", cache(first));
            assertEquals(50, ResultSetMgr.read(new java.io.ByteArrayInputStream(first.body()), ResultSetLang.RS_JSON).rewindable().size());
            HttpResponse<byte[]> second = get(s, q, JSON);
            assertEquals(200, second.statusCode());
            assertEquals("hit", cache(second));
            assertArrayEquals(first.body(), second.body());
            for (String h : new String[] {"Content-Type", "Vary", "Link", "Cache-Control"}) {
                assertEquals(first.headers().allValues(h), second.headers().allValues(h), h);
            }
            assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith(JSON), first.headers().toString());
            assertEquals(String.valueOf(first.body().length), second.headers().firstValue("Content-Length").orElse(""));
            assertTrue(second.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no Origin, no CORS headers");

            HttpResponse<byte[]> form = post(s, "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), JSON);
            assertEquals("hit", cache(form), "the query page's form POST shares the answer of the GET");
            assertArrayEquals(first.body(), form.body());

            HttpResponse<byte[]> xml = get(s, q, XML);
            assertEquals("miss", cache(xml), "another Accept is another answer");
            assertTrue(text(xml).startsWith("<?xml"), text(xml));
            assertEquals("hit", cache(get(s, q, XML)));

            HttpResponse<byte[]> cors = get(s, q, JSON, "Origin", "http://example.org");
            assertEquals("miss", cache(cors), "with an Origin the answer carries CORS headers");
            HttpResponse<byte[]> corsAgain = get(s, q, JSON, "Origin", "http://example.org");
            assertEquals("hit", cache(corsAgain));
            assertEquals("*", corsAgain.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

            HttpResponse<byte[]> body = post(s, "application/sparql-query", q, JSON);
            assertEquals(200, body.statusCode());
            assertEquals("none", cache(body), "a query in the body passes straight through");
            HttpResponse<byte[]> other = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?timeout=5&query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", JSON).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, other.statusCode(), text(other));
            assertEquals("none", cache(other), "another parameter that may change the answer: passed through");
        }
    }

    @Test
    void eightConcurrentRequestsForTheSameQueryAllGetTheAnswerAndAHitTakesNoQuerySlot() throws Exception {
        try (DiploServer off = start(0, 6_000)) {
            List<HttpResponse<byte[]>> without = burst(off, PAIRS, 8);
            assertTrue(without.stream().anyMatch(r -> r.statusCode() == 503),
                    "without the cache the burst overflows the gate (one slot, no queue): the test can tell");
        }
        try (DiploServer s = start(QueryResultCache.DEFAULT_BUDGET_BYTES, 6_000)) {
            List<HttpResponse<byte[]>> rs = burst(s, PAIRS, 8);
            for (HttpResponse<byte[]> r : rs) {
                assertEquals(200, r.statusCode(), text(r));
                assertArrayEquals(rs.get(0).body(), r.body());
            }
            assertTrue(text(rs.get(0)).contains("\"" + (long) TRIPLES * TRIPLES + "\""), text(rs.get(0)));
            assertEquals(1, rs.stream().filter(r -> cache(r).equals("miss")).count(), "the query ran once: "
                    + rs.stream().map(QueryResultCacheIT::cache).toList());

            CompletableFuture<HttpResponse<byte[]>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(s, ENDLESS, JSON);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(700);
            HttpResponse<byte[]> uncached = get(s, PAIRS.replace("?f", "?g"), JSON);
            assertEquals(503, uncached.statusCode(), "the only query slot is taken");
            long t0 = System.nanoTime();
            HttpResponse<byte[]> hit = get(s, PAIRS, JSON);
            assertEquals(200, hit.statusCode(), text(hit));
            assertEquals("hit", cache(hit), "a kept answer needs no slot");
            assertTrue((System.nanoTime() - t0) / 1e9 < 1, "and comes at once");
            assertArrayEquals(rs.get(0).body(), hit.body());
            assertEquals(503, running.get().statusCode(), "the endless query timed out");
        }
    }

    private static List<HttpResponse<byte[]>> burst(DiploServer s, String query, int n) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<byte[]>>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return get(s, query, JSON);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, r -> new Thread(r).start()));
        }
        go.countDown();
        List<HttpResponse<byte[]>> rs = new ArrayList<>();
        for (CompletableFuture<HttpResponse<byte[]>> f : all) rs.add(f.get());
        return rs;
    }

    @Test
    void aWriteMakesTheNextRequestComputeTheNewAnswer() throws Exception {
        try (DiploServer s = start(QueryResultCache.DEFAULT_BUDGET_BYTES, 10_000)) {
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpResponse<byte[]> before = get(s, count, JSON);
            assertEquals("miss", cache(before));
            assertTrue(text(before).contains("\"" + TRIPLES + "\""), text(before));
            assertEquals("hit", cache(get(s, count, JSON)));

            HttpResponse<String> insert = Http.form(s.baseUrl() + DiploServer.DATASET + "/update", "update",
                    "INSERT DATA { <http://example.org/new> <http://example.org/p> \"new\" }", "editor", "s3cret", "*/*");
            assertEquals(2, insert.statusCode() / 100, insert.body());

            HttpResponse<byte[]> after = get(s, count, JSON);
            assertEquals("miss", cache(after), "the write made the kept answer stale");
            assertTrue(text(after).contains("\"" + (TRIPLES + 1) + "\""), text(after));
            HttpResponse<byte[]> again = get(s, count, JSON);
            assertEquals("hit", cache(again));
            assertArrayEquals(after.body(), again.body());

            String graph = s.baseUrl() + DiploServer.DATASET + "/data?default";
            HttpResponse<String> put = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(graph))
                    .header("Content-Type", "text/turtle")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("<http://example.org/newer> <http://example.org/p> \"newer\" .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(2, put.statusCode() / 100, put.body());
            HttpResponse<byte[]> afterUpload = get(s, count, JSON);
            assertEquals("miss", cache(afterUpload), "an upload too");
            assertTrue(text(afterUpload).contains("\"" + (TRIPLES + 2) + "\""), text(afterUpload));
        }
    }

    @Test
    void anAnswerPastTheEntryLimitStreamsWholeAndIsNotKept() throws Exception {
        // 256 KB in all: answers up to 32 KB are kept; all 2,000 triples as JSON are ten times that
        try (DiploServer s = start(256 << 10, 10_000)) {
            String all = "SELECT * WHERE { ?s ?p ?o }";
            HttpResponse<byte[]> first = get(s, all, JSON);
            assertEquals(200, first.statusCode(), text(first));
            assertTrue(first.body().length > 256 << 10, first.body().length + " bytes");
            ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(first.body()), ResultSetLang.RS_JSON);
            assertEquals(TRIPLES, rs.rewindable().size(), "every row arrived");
            assertEquals("miss", cache(first));
            HttpResponse<byte[]> second = get(s, all, JSON);
            assertEquals("miss", cache(second), "too large to keep");
            assertArrayEquals(first.body(), second.body());
            HttpResponse<byte[]> small = get(s, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", JSON);
            assertEquals("miss", cache(small));
            assertEquals("hit", cache(get(s, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", JSON)), "a small one is kept");
        }
    }

    @Test
    void aQueryCancelledWhileItsAnswerIsHeldGets503AndIsNotKept() throws Exception {
        // each row makes the regular expression backtrack for a while: the first rows come, then the timeout
        String slowRows = "SELECT ?s WHERE { ?s ?p ?o FILTER(!REGEX(CONCAT(\"" + "a".repeat(24) + "\", STR(?o)), \"^(.*a){10}$\")) }";
        try (DiploServer off = start(0, 2_000)) {
            HttpResponse<byte[]> streamed = get(off, slowRows, JSON);
            assertTrue(text(streamed).contains("\"bindings\"") && text(streamed).contains("Incomplete results"),
                    "without the cache rows go out, then the timeout cuts the rest: " + streamed.statusCode() + " " + text(streamed));
        }
        try (DiploServer s = start(QueryResultCache.DEFAULT_BUDGET_BYTES, 2_000)) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<byte[]> r = get(s, slowRows, JSON);
                assertEquals(503, r.statusCode(), "nothing of it was sent: a clean 503, not a cut-off document: " + text(r));
                assertEquals(String.valueOf(QueryGate.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(""));
                assertEquals("Query timed out\n", text(r));
                assertEquals("miss", cache(r), "never kept");
            }
        }
    }

    @Test
    void aSelectPastTheRowCapWhileItsAnswerIsHeldGetsOnly422AndItsMessage() throws Exception {
        try (DiploServer s = DiploServer.builder().dataset(ServerHolesTest.data(TRIPLES)).port(0).maxRows(100).start()) {
            HttpResponse<byte[]> r = get(s, "SELECT * WHERE { ?s ?p ?o }", JSON);
            assertEquals(422, r.statusCode(), text(r));
            assertTrue(text(r).contains("more than 100 solutions"), text(r));
            assertFalse(text(r).contains("\"bindings\""), "the rows written before the cap are dropped: " + text(r));
            assertEquals("miss", cache(r));
        }
    }
}
