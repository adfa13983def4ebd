package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.serve.QueryResultCache.Entry;
import org.diplokg.serve.QueryResultCache.Key;
import org.diplokg.serve.QueryResultCache.Lookup;
import org.junit.jupiter.api.Test;
import org.diplokg.publish.DataVersion;

/** The cache itself: what a key holds, what is kept, for how long, and one computation per key at a time. */
class QueryResultCacheTest {
    private static final String SPARQL = "/diplokg/sparql";
    private static final String JSON = "application/sparql-results+json";
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    private static Key key(String query, long version) {
        return Key.of(SPARQL, JSON, false, Map.of("query", new String[] {query}), version);
    }

    private static Entry entry(int bytes) {
        return new Entry(JSON, List.of(Map.entry("Vary", "Accept")), new byte[bytes]);
    }

    private static Entry entry(String body) {
        return new Entry(JSON, List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Computes {@code e} for {@code k} as the request that got the turn would. */
    private static void compute(QueryResultCache cache, Key k, Entry e) {
        Lookup l = cache.lookup(k);
        assertNull(l.entry(), "nothing kept yet for " + k);
        assertNotNull(l.flight(), "the first request computes");
        l.flight().end(e);
    }

    @Test
    void theKeyHoldsWhatTheAnswerDependsOnAndRefusesOtherParameters() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("query", new String[] {"ASK {}"});
        params.put("default-graph-uri", new String[] {"http://example.org/a", "http://example.org/b"});
        Map<String, String[]> reordered = new LinkedHashMap<>();
        reordered.put("default-graph-uri", new String[] {"http://example.org/a", "http://example.org/b"});
        reordered.put("query", new String[] {"ASK {}"});
        Key k = Key.of(SPARQL, JSON, false, params, 3);
        assertEquals(k, Key.of(SPARQL, JSON, false, reordered, 3), "the order of parameters does not matter");
        assertNotEquals(k, Key.of(SPARQL, "application/sparql-results+xml", false, params, 3), "Accept");
        assertNotEquals(k, Key.of("/diplokg/query", JSON, false, params, 3), "endpoint (its Link header names it)");
        assertNotEquals(k, Key.of(SPARQL, JSON, true, params, 3), "Origin (CORS headers)");
        assertNotEquals(k, Key.of(SPARQL, JSON, false, params, 4), "data version");
        assertNotEquals(k, Key.of(SPARQL, JSON, false, Map.of("query", new String[] {"ASK {}"},
                "default-graph-uri", new String[] {"http://example.org/b", "http://example.org/a"}), 3), "the graphs, in order");
        assertNotEquals(key("ASK {}", 3), key("ASK { }", 3), "the query text");
        assertNotEquals(key("ASK {}", 3), Key.of(SPARQL, JSON, false, Map.of("query", new String[] {"ASK {}"},
                "format", new String[] {"xml"}), 3), "format");
        assertNotNull(Key.of(SPARQL, JSON, false, Map.of("query", new String[] {"ASK {}"}, "output", new String[] {"json"},
                "named-graph-uri", new String[] {"http://example.org/g"}), 3));

        assertNull(Key.of(SPARQL, JSON, false, Map.of(), 3), "no query: the service description, not kept");
        assertNull(Key.of(SPARQL, JSON, false, Map.of("update", new String[] {"CLEAR ALL"}), 3), "an update");
        assertNull(Key.of(SPARQL, JSON, false, Map.of("query", new String[] {"ASK {}", "ASK {}"}), 3), "two queries");
        assertNull(Key.of(SPARQL, JSON, false, Map.of("query", new String[] {"ASK {}"}, "timeout", new String[] {"1"}), 3),
                "another parameter that may change the answer");
        assertNull(Key.of(SPARQL, JSON, false, Map.of("query", new String[] {"ASK {}"}, "callback", new String[] {"f"}), 3));
        assertEquals("", Key.of(SPARQL, null, false, Map.of("query", new String[] {"ASK {}"}), 0).accept(), "no Accept header is a key too");
    }

    @Test
    void aKeptAnswerIsServedUntilAWriteAndThenDropped() {
        QueryResultCache cache = new QueryResultCache(dsg, 1 << 20, 1_000);
        Entry e = entry("{\"boolean\": true}");
        compute(cache, key("ASK {}", DataVersion.of(dsg)), e);
        assertSame(e, cache.lookup(key("ASK {}", DataVersion.of(dsg))).entry(), "the second request gets the kept answer");
        assertEquals(1, cache.size());

        DataVersion.bump(dsg);
        Lookup after = cache.lookup(key("ASK {}", DataVersion.of(dsg)));
        assertNull(after.entry(), "after a write the answer is computed again");
        assertNotNull(after.flight());
        assertEquals(0, cache.size(), "and the old one is dropped");
        assertEquals(0, cache.keptBytes());
        Entry fresh = entry("{\"boolean\": false}");
        after.flight().end(fresh);
        assertSame(fresh, cache.lookup(key("ASK {}", DataVersion.of(dsg))).entry());
    }

    @Test
    void anAnswerComputedBeforeAWriteThatEndsAfterItIsNotKept() {
        QueryResultCache cache = new QueryResultCache(dsg, 1 << 20, 1_000);
        Key before = key("ASK {}", DataVersion.of(dsg));
        Lookup l = cache.lookup(before);
        DataVersion.bump(dsg);
        l.flight().end(entry("{\"boolean\": true}"));
        assertEquals(0, cache.size(), "it may hold the data before the write");
        assertNotNull(cache.lookup(before).flight(), "not even under its old key");
    }

    @Test
    void answersAreKeptUpToAnEighthOfTheBudgetEachAndTheLeastRecentlyUsedGoFirst() {
        QueryResultCache cache = new QueryResultCache(dsg, 8 * 1024, 1_000);
        compute(cache, key("big", 0), entry(1025));
        assertEquals(0, cache.size(), "past 1 KB (an eighth of 8 KB) an answer is not kept");
        compute(cache, key("fits", 0), entry(1000));
        assertEquals(1, cache.size());
        long one = cache.keptBytes();
        assertTrue(one > 1000 && one < 1400, "the body and its key and headers count: " + one);
        // 8 KB hold six such answers: the seventh pushes out the least recently used one
        for (int i = 1; i < 6; i++) compute(cache, key("q" + i, 0), entry(1000));
        assertEquals(6, cache.size());
        assertNotNull(cache.lookup(key("fits", 0)).entry(), "used again: now the most recent");
        compute(cache, key("q6", 0), entry(1000));
        assertEquals(6, cache.size());
        assertTrue(cache.keptBytes() <= 8 * 1024, "within the budget: " + cache.keptBytes());
        assertNotNull(cache.lookup(key("fits", 0)).entry(), "the recently used answer stays");
        Lookup gone = cache.lookup(key("q1", 0));
        assertNull(gone.entry(), "the least recently used went");
        gone.flight().end(null);
    }

    @Test
    void identicalRequestsWaitForTheOneComputingInsteadOfRunningTheQueryAgain() throws Exception {
        QueryResultCache cache = new QueryResultCache(dsg, 1 << 20, 10_000);
        Key k = key("SELECT * WHERE { ?s ?p ?o }", 0);
        Lookup first = cache.lookup(k);
        assertNotNull(first.flight());
        CompletableFuture<Lookup> second = CompletableFuture.supplyAsync(() -> cache.lookup(k));
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second request waits while the first computes");
        Entry e = entry("{\"results\": {\"bindings\": []}}");
        first.flight().end(e);
        Lookup got = second.get(5, TimeUnit.SECONDS);
        assertSame(e, got.entry(), "and gets the first one's answer");
        assertNull(got.flight(), "without computing it");
    }

    @Test
    void whenTheOneComputingFailsTheWaitingRequestsRunTheQueryThemselves() throws Exception {
        QueryResultCache cache = new QueryResultCache(dsg, 1 << 20, 10_000);
        Key k = key("SELECT * WHERE { ?s ?p ?o }", 0);
        Lookup first = cache.lookup(k);
        CompletableFuture<Lookup> second = CompletableFuture.supplyAsync(() -> cache.lookup(k));
        Thread.sleep(300);
        assertFalse(second.isDone());
        first.flight().end(null);
        Lookup got = second.get(5, TimeUnit.SECONDS);
        assertNull(got.entry(), "nothing to share (a 503, a 422, an answer too large)");
        assertNull(got.flight(), "so it answers on its own, without a turn others would wait on");
        assertNotNull(cache.lookup(k).flight(), "and the next request computes again");
    }

    @Test
    void theWaitIsBounded() throws Exception {
        QueryResultCache cache = new QueryResultCache(dsg, 1 << 20, 200);
        Key k = key("SELECT * WHERE { ?s ?p ?o }", 0);
        Lookup first = cache.lookup(k);
        long t0 = System.nanoTime();
        Lookup second = CompletableFuture.supplyAsync(() -> cache.lookup(k)).get(5, TimeUnit.SECONDS);
        double waited = (System.nanoTime() - t0) / 1e6;
        assertNull(second.entry());
        assertNull(second.flight());
        assertTrue(waited >= 150 && waited < 3_000, "waited " + waited + " ms for a computation that never ended");
        first.flight().end(null);
    }
}
