package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;
import org.diplokg.publish.Corpus;
import org.diplokg.publish.GraphNames;
import org.diplokg.publish.ReleaseRecord;
import org.diplokg.publish.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish --to}: against the stand-alone Fuseki server jar from Maven Central, started as
 * its own JVM with basic authentication on its password file.
 */
class RemotePublishIT {
    /** The stand-alone Fuseki of the test, with basic auth on its password file. */
    record Fuseki(Process process, int port, String ds) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    static Fuseki startFuseki(Path tmp) throws Exception {
        Path jar = Path.of(System.getProperty("diplokg.fusekiServerJar", "target/fuseki/fuseki-server.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is copied there by maven-dependency-plugin");
        Path passwd = Files.writeString(tmp.resolve("passwd"), "publisher: pa55word\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path work = Files.createDirectories(tmp.resolve("fuseki"));
        Process fuseki = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toAbsolutePath().toString(), "--port", Integer.toString(port), "--localhost",
                "--passwd=" + passwd, "--auth=basic", "--mem", "--update", "/ds")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("fuseki.log").toFile()).start();
        Fuseki f = new Fuseki(fuseki, port, "http://localhost:" + port + "/ds");
        try {
            awaitUp(f.ds(), fuseki, tmp.resolve("fuseki.log"));
        } catch (Exception | AssertionError e) {
            f.close();
            throw e;
        }
        return f;
    }

    @Test
    void publishesToAPasswordProtectedFusekiOnlyWithCredentials(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret"), "pa55word\n");
        Path wrong = Files.writeString(tmp.resolve("wrong"), "guess\n");
        try (Fuseki fuseki = startFuseki(tmp)) {
            String ds = fuseki.ds();
            int port = fuseki.port();
            Corpus corpus = Corpus.copy(tmp.resolve("articles"));
            String articles = corpus.dir().toString();

            CliTest.Run anonymous = CliTest.run("publish", "-q", "--to", ds, articles);
            assertEquals(1, anonymous.code());
            assertTrue(anonymous.err().contains("HTTP 401") && anonymous.err().contains("give --user and --password-file"),
                    anonymous.err());
            CliTest.Run badPassword = CliTest.run("publish", "-q", "--to", ds, "--user", "publisher",
                    "--password-file", wrong.toString(), articles);
            assertEquals(1, badPassword.code());
            assertTrue(badPassword.err().contains("not accepted"), badPassword.err());
            assertEquals("0", count(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), "nothing was written");

            String[] ok = {"publish", "-q", "--to", ds, "--user", "publisher", "--password-file", secret.toString(), articles};
            CliTest.Run first = CliTest.run(ok);
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("published release 1: 5 added"), first.out());
            assertEquals("27", count(port, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), "8 graphs and 19 meetings");

            CliTest.Run again = CliTest.run(ok);
            assertTrue(again.out().contains("stays at release 1"), again.out() + again.err());

            corpus.touchFirst();
            CliTest.Run changed = CliTest.run(ok);
            assertEquals(0, changed.code(), changed.err());
            assertTrue(changed.out().contains("published release 2: 0 added, 1 changed, 0 removed"), changed.out());
            assertEquals("1", count(port, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?text "
                    + "FILTER(ISLITERAL(?text) && CONTAINS(STR(?text), \"mild that day\")) } }"), "the new text is on the remote");
            assertEquals("27", count(port, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), "8 graphs and 19 meetings");
            ParameterizedSparqlString generated = new ParameterizedSparqlString(
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?releases { ?activity ?generated ?g } }");
            generated.setIri("releases", GraphNames.RELEASES.getURI());
            generated.setIri("activity", ReleaseRecord.activityIri(2).getURI());
            generated.setIri("generated", Terms.PROV_GENERATED.getURI());
            assertEquals("1", count(port, generated.toString()),
                    "release 2 wrote exactly one data graph");
        }
    }

    /**
     * What a publish killed halfway leaves on the remote (a graph no release records, a recorded
     * graph half-rewritten, the write's marker) is repaired by the next publish of the same input,
     * which used to report "unchanged" and leave them.
     */
    @Test
    void theNextPublishRepairsWhatAnInterruptedOneLeft(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret"), "pa55word\n");
        try (Fuseki fuseki = startFuseki(tmp)) {
            Corpus corpus = Corpus.copy(tmp.resolve("articles"));
            String[] ok = {"publish", "-q", "--to", fuseki.ds(), "--user", "publisher", "--password-file", secret.toString(),
                    corpus.dir().toString()};
            CliTest.Run first = CliTest.run(ok);
            assertEquals(0, first.code(), first.err());
            assertEquals("27", count(fuseki.port(), ALL_GRAPHS));
            String firstId = corpus.files().get(0).getFileName().toString().replaceFirst("\\.txt$", "");
            org.apache.jena.graph.Node touched = GraphNames.article(firstId);
            org.apache.jena.graph.Node stray = GraphNames.article("zz_killed_halfway");
            org.apache.jena.graph.Node junk = org.apache.jena.graph.NodeFactory.createURI("urn:x-test:half-written");
            // as a publish killed during its writes leaves it: the marker naming what it writes, a new graph, a replaced one
            org.apache.jena.graph.Graph marker = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            marker.add(org.apache.jena.graph.Triple.create(ReleaseRecord.activityIri(2), Terms.PROV_GENERATED, touched));
            marker.add(org.apache.jena.graph.Triple.create(ReleaseRecord.activityIri(2), Terms.PROV_GENERATED, stray));
            org.apache.jena.graph.Graph half = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            half.add(org.apache.jena.graph.Triple.create(junk, junk, junk));
            put(fuseki.ds(), GraphNames.PENDING, marker);
            put(fuseki.ds(), stray, half);
            put(fuseki.ds(), touched, half);
            assertEquals("29", count(fuseki.port(), ALL_GRAPHS), "27 + the stray graph + the marker");

            CliTest.Run repair = CliTest.run(ok);
            assertEquals(0, repair.code(), repair.err());
            assertTrue(repair.out().contains("1 graph(s) that no release records deleted, 1 graph(s) it had touched written again"),
                    repair.out());
            assertTrue(repair.out().contains("published release 2: 0 added, 1 changed, 0 removed"), repair.out());
            assertEquals("27", count(fuseki.port(), ALL_GRAPHS), "the stray graph and the marker are gone");
            ParameterizedSparqlString junkLeft = new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?j ?p ?o } }");
            junkLeft.setIri("j", junk.getURI());
            assertEquals("0", count(fuseki.port(), junkLeft.toString()), "no half-written triple is left");
            ParameterizedSparqlString text = new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
            text.setIri("g", touched.getURI());
            assertTrue(Integer.parseInt(count(fuseki.port(), text.toString())) > 50, "the touched article is whole again");
            ParameterizedSparqlString recorded = new ParameterizedSparqlString(
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?r { ?g ?sum ?c } } FILTER(?g != ?r) }");
            recorded.setIri("r", GraphNames.RELEASES.getURI());
            recorded.setIri("sum", Terms.SPDX_CHECKSUM.getURI());
            assertEquals("0", count(fuseki.port(), recorded.toString()), "every graph is one the release records");

            CliTest.Run again = CliTest.run(ok);
            assertTrue(again.out().contains("stays at release 2") && !again.out().contains("repaired"), again.out() + again.err());
        }
    }

    private static final String ALL_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private static void put(String ds, org.apache.jena.graph.Node name, org.apache.jena.graph.Graph g) {
        org.apache.jena.sparql.exec.http.GSP.service(ds).graphName(name)
                .httpHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("publisher:pa55word".getBytes(StandardCharsets.UTF_8)))
                .PUT(g);
    }

    private static void awaitUp(String ds, Process p, Path log) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new AssertionError("Fuseki exited:\n" + Files.readString(log));
            try {
                c.send(HttpRequest.newBuilder(URI.create(ds)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("Fuseki did not start within 60 s:\n" + Files.readString(log));
    }

    /** A COUNT over HTTP with credentials; the value of ?n. */
    private static String count(int port, String query) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ds/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("publisher:pa55word".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        List<String> lines = resp.body().lines().toList();
        return lines.get(1).trim();
    }
}
