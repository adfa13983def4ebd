package org.diplokg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.diplokg.serve.web.ExampleQueries;

/**
 * A bounded load test of a DiploKG server on this machine: {@code clients} threads, each sending
 * one request after another for {@code seconds}, in turn the example queries of the query page
 * (POSTed to the SPARQL endpoint) and the pages (landing page, query page, timeline, network).
 * Only loopback addresses are accepted. A 503 with {@code Retry-After} is the server's documented
 * way of saying "busy" and is counted apart; any other status but 200, or a failed request, is an
 * error.
 */
public final class LoadRun {
    /** What one run measured. */
    public record Result(int clients, double seconds, long requests, Map<Integer, Long> statuses, long busy, long busyWithoutRetryAfter,
                         List<String> errors, long errorCount, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
        /** One line per figure, for people and for docs/benchmarks.md. */
        public String summary() {
            return String.format(Locale.ROOT, "clients %d, %.1f s: %d requests (%.1f/s); statuses %s; 503 busy %d (%d without Retry-After);"
                    + " errors %d; latency ms p50 %.0f, p95 %.0f, p99 %.0f, max %.0f", clients, seconds, requests, requests / seconds,
                    statuses, busy, busyWithoutRetryAfter, errorCount, p50Ms, p95Ms, p99Ms, maxMs);
        }

        public boolean ok() {
            return errorCount == 0 && busyWithoutRetryAfter == 0;
        }
    }

    private LoadRun() {
    }

    /** The requests of a run against the server at {@code base} (e.g. http://localhost:3030). */
    static List<HttpRequest> requests(String base) {
        List<HttpRequest> rs = new ArrayList<>();
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            if (e.needsNetwork()) continue;
            rs.add(HttpRequest.newBuilder(URI.create(base + "/diplokg/sparql")).timeout(Duration.ofSeconds(90))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(e.sparql(), StandardCharsets.UTF_8)))
                    .build());
        }
        for (String page : List.of("/", "/query", "/timeline", "/network")) {
            rs.add(HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(90)).header("Accept", "text/html").GET().build());
        }
        return rs;
    }

    /** Runs the load; refuses any server not on a loopback address. */
    public static Result run(String base, int clients, double seconds) throws InterruptedException {
        URI u = URI.create(base);
        String host = u.getHost();
        if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("the load test only runs against this machine (localhost, 127.0.0.0/8, ::1), not " + base);
        }
        if (clients < 1 || seconds <= 0) throw new IllegalArgumentException("at least one client, for a positive time");
        List<HttpRequest> requests = requests(base.replaceAll("/+$", ""));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong busy = new AtomicLong();
        AtomicLong busyBare = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try {
                    for (int i = client; System.nanoTime() < end; i++) {
                        HttpRequest r = requests.get(i % requests.size());
                        long t0 = System.nanoTime();
                        sent.incrementAndGet();
                        try {
                            HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                            mine.add(System.nanoTime() - t0);
                            int code = resp.statusCode();
                            statuses.computeIfAbsent(code, k -> new AtomicLong()).incrementAndGet();
                            if (code == 503) {
                                busy.incrementAndGet();
                                if (resp.headers().firstValue("Retry-After").isEmpty()) busyBare.incrementAndGet();
                            } else if (code != 200) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 10) firstErrors.add(code + " " + r.method() + " " + r.uri() + ": "
                                        + new String(resp.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 10) firstErrors.add(r.method() + " " + r.uri() + ": " + e);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    long[] a = new long[mine.size()];
                    for (int i = 0; i < a.length; i++) a[i] = mine.get(i);
                    latencies.add(a);
                    done.countDown();
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double took = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> st = new TreeMap<>();
        statuses.forEach((k, v) -> st.put(k, v.get()));
        return new Result(clients, took, sent.get(), st, busy.get(), busyBare.get(), List.copyOf(firstErrors), errors.get(),
                pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}
