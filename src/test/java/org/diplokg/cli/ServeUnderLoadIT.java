package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.diplokg.bench.LoadRun;
import org.diplokg.bench.Variants;
import org.diplokg.publish.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code serve --loc} over a 1,000-article store (variants of the bundled articles, published once
 * by the real {@code publish}), in its own JVM with a 512 MB heap, under hostile and under heavy
 * load, over HTTP on loopback.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeUnderLoadIT {
    static final int ARTICLES = 1000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final HttpClient VISITOR = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Path tmp;
    private static Path articles;
    private static Path db;

    @BeforeAll
    static void aThousandArticleStore() throws Exception {
        tmp = Files.createTempDirectory("diplokg-load");
        articles = tmp.resolve("articles");
        db = tmp.resolve("db");
        Variants.write(Corpus.ARTICLES, ARTICLES, articles);
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("publish", "-q", "--loc", db.toString(), "--no-dumps", "--no-compact", articles.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("published release 1: " + ARTICLES + " added"), r.out());
        System.out.printf("load IT: published %d articles in %.0f s: %s%n", ARTICLES, (System.nanoTime() - t0) / 1e9, r.out().strip());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (tmp == null) return;
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    @Order(1)
    void sixteenCartesianConstructsLeaveTheServerUpAndAnsweringAskWithinASecond() throws Exception {
        try (Served s = Served.start(tmp.resolve("heavy.log"), "--timeout", "10,30")) {
            String cartesian = "CONSTRUCT { ?a ?b ?c } WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }";
            // a server that has been running: its query paths compiled, one heavy query already refused
            for (int i = 0; i < 5; i++) assertEquals(200, s.query("ASK {}").statusCode(), "warm-up");
            assertEquals(422, HTTP.send(s.post(cartesian, "text/turtle", Duration.ofSeconds(120)), HttpResponse.BodyHandlers.ofString())
                    .statusCode(), "warm-up: a cartesian CONSTRUCT alone passes the row cap");
            long t0 = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
            List<Double> ended = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 16; i++) {
                // sixteen query texts: identical ones would wait for one answer (the query result cache) instead of running
                heavy.add(HTTP.sendAsync(s.post(cartesian + " # client " + i, "text/turtle", Duration.ofSeconds(120)), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> ended.add((System.nanoTime() - t0) / 1e9)));
            }
            List<Double> askMs = new ArrayList<>();
            while (heavy.stream().anyMatch(f -> !f.isDone()) && (System.nanoTime() - t0) / 1e9 < 90) {
                long a = System.nanoTime();
                // a new text each time, so that the light lane answers it, not the query result cache
                HttpResponse<String> ask = s.query("ASK {} # probe " + askMs.size());
                double ms = (System.nanoTime() - a) / 1e6;
                askMs.add(ms);
                assertEquals(200, ask.statusCode(), "ASK while the heavy queries run: " + ask.body());
                assertTrue(ask.body().contains("true"), ask.body());
                Thread.sleep(200);
            }
            assertTrue(heavy.stream().allMatch(CompletableFuture::isDone), "the heavy queries ended within 90 s");
            List<Integer> codes = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : heavy) codes.add(f.get().statusCode());
            double maxAsk = askMs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            System.out.printf("load IT: 16 cartesian CONSTRUCTs ended with %s after %.1f..%.1f s; %d ASK {} meanwhile, max %.0f ms%n",
                    codes, ended.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    ended.stream().mapToDouble(Double::doubleValue).max().orElse(0), askMs.size(), maxAsk);
            for (int c : codes) assertTrue(c == 422 || c == 503, "a heavy query was stopped (422 past the row cap, 503 cancelled): " + codes);
            assertTrue(askMs.size() >= 3, "ASK was tried while they ran: " + askMs);
            assertTrue(maxAsk < 1000, "ASK {} answered within 1 s every time: " + askMs);
            assertTrue(s.process.isAlive(), "the server is still up");
            assertFalse(Files.readString(s.log).contains("OutOfMemoryError"), "no OutOfMemoryError in the server's log");
            HttpResponse<String> after = s.query("SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/diplokg/ontology#DiplomaticMeeting> }");
            assertEquals(200, after.statusCode(), after.body());
        }
    }

    @Test
    @Order(2)
    void fiftyClientsGetAnswersOr503WhileAPublishWritesToTheServedStore() throws Exception {
        Path users = Files.writeString(tmp.resolve("users"), "publisher: pa55word\n");
        Path secret = Files.writeString(tmp.resolve("secret"), "pa55word\n");
        try (Served s = Served.start(tmp.resolve("load.log"), "--timeout", "5,20", "--update", "--password-file", users.toString())) {
            List<Path> files;
            try (Stream<Path> l = Files.list(articles)) {
                files = l.sorted().toList();
            }
            for (int i = 0; i < 20; i++) {
                Files.writeString(files.get(i * 37), "\nTalks resumed after a pause of " + i + " hours.\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
            List<Long> rss = new CopyOnWriteArrayList<>();
            CompletableFuture<CliTest.Run> publish = CompletableFuture.supplyAsync(() -> CliTest.run("publish", "-q", "--to",
                    s.base + "/diplokg/data", "--user", "publisher", "--password-file", secret.toString(), articles.toString()));
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    rss.add(anonKb(s.process.pid()));
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            LoadRun.Result r = LoadRun.run(s.base, 50, 10);
            CliTest.Run published = publish.get();
            sampler.interrupt();
            long maxRss = rss.stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.println("load IT: " + r.summary() + "; server anonymous RSS " + rss.get(0) / 1024 + ".." + maxRss / 1024 + " MB (last "
                    + rss.get(rss.size() - 1) / 1024 + " MB); publish: " + published.out().strip());
            assertEquals(0, published.code(), published.err());
            assertTrue(published.out().contains("published release 2: 0 added, 20 changed, 0 removed"), published.out());
            assertEquals(0, r.errorCount(), "no error but documented 503s: " + r.errors());
            assertEquals(0, r.busyWithoutRetryAfter(), "every 503 says when to retry");
            assertTrue(r.statuses().getOrDefault(200, 0L) > 0, "some requests were answered: " + r.summary());
            assertTrue(maxRss < 1_000_000, "the server's memory (not counting the store's mapped files) stayed bounded (-Xmx512m): " + rss);
            assertTrue(s.process.isAlive(), "the server is still up");
        }
    }

    /** Resident memory of a process but the files it maps (TDB2 maps the store's files), in KB. */
    private static long anonKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("RssAnon:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended
        }
        return 0;
    }

    /** {@code serve --loc} of the store in a JVM of its own with a 512 MB heap. */
    static final class Served implements AutoCloseable {
        final Process process;
        final String base;
        final Path log;

        private Served(Process process, String base, Path log) {
            this.process = process;
            this.base = base;
            this.log = log;
        }

        static Served start(Path log, String... options) throws Exception {
            Path jar = Path.of("target", "diplokg.jar");
            assertTrue(Files.isRegularFile(jar), "the shaded jar is built in the package phase");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-jar", jar.toString(), "serve", "--loc", db.toString(), "--port", Integer.toString(port)));
            cmd.addAll(List.of(options));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Served s = new Served(p, "http://localhost:" + port, log);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) throw new AssertionError("serve exited:\n" + Files.readString(log));
                try {
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.base + "/$/ping")).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) return s;
                } catch (ConnectException e) {
                    // not yet
                }
                Thread.sleep(200);
            }
            s.close();
            throw new AssertionError("serve did not start within 90 s:\n" + Files.readString(log));
        }

        HttpRequest post(String query, String accept, Duration timeout) {
            return HttpRequest.newBuilder(URI.create(base + "/diplokg/sparql")).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        }

        /** A query from a client of its own (not sharing connections with the heavy queries' client). */
        HttpResponse<String> query(String query) throws IOException, InterruptedException {
            return VISITOR.send(post(query, "application/sparql-results+json", Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
