package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.pipeline.Progress;
import org.diplokg.publish.Canonical;
import org.diplokg.publish.Corpus;
import org.diplokg.publish.DumpWriter;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A published store served over HTTP: dumps, their checksums and VoID, checked against the endpoint and rapper. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedServerIT {
    Path tmp;
    TdbStore store;
    DiploServer server;
    Path dumps;

    @BeforeAll
    void publishAndServe(@TempDir Path dir) throws Exception {
        tmp = dir;
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        store = TdbStore.open(tmp.resolve("db"));
        Corpus.publisher().publish(corpus.files(), store, Progress.NONE);
        dumps = tmp.resolve("dumps");
        new DumpWriter("http://localhost/dumps/", Terms.DEFAULT_LICENSE).write(store.dataset(), dumps);
        server = DiploServer.builder().dataset(store.dataset()).port(0).dumps(dumps).start();
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    private Map<String, String> sums() throws Exception {
        Map<String, String> m = new HashMap<>();
        String text = new String(Http.get(server.baseUrl() + "/dumps/SHA256SUMS").body(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) m.put(line.substring(66), line.substring(0, 64));
        return m;
    }

    @Test
    void latestDumpsDownloadParseWithRapperAndMatchTheirChecksums() throws Exception {
        Map<String, String> sums = sums();
        assertEquals(4, sums.size(), sums.toString());
        long count = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        String[][] files = {{"latest.ttl", "diplokg-1.ttl", "text/turtle", "turtle"},
                {"latest.nt.gz", "diplokg-1.nt.gz", "application/gzip", "ntriples"},
                {"latest.trig", "diplokg-1.trig", "application/trig", "trig"},
                {"void.ttl", "void.ttl", "text/turtle", "turtle"}};
        for (String[] f : files) {
            HttpResponse<byte[]> r = Http.get(server.baseUrl() + "/dumps/" + f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[2]), f[0] + " " + r.headers());
            assertEquals(r.body().length, Long.parseLong(r.headers().firstValue("Content-Length").orElseThrow()), f[0]);
            assertEquals(sums.get(f[1]), Canonical.sha256(r.body()), "checksum of " + f[0]);
            byte[] content = f[0].endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes() : r.body();
            Path local = tmp.resolve("download-" + f[1].replace(".gz", ""));
            Files.write(local, content);
            long parsed = Http.rapperCount(f[3], local);
            if (!f[0].equals("void.ttl") && !f[0].equals("latest.trig")) assertEquals(count, parsed, f[0] + " triples");
            if (f[0].equals("latest.trig")) assertTrue(parsed >= count, "TriG repeats triples found in several graphs");
        }
        assertEquals(sums.get("diplokg-1.ttl") + "  latest.ttl\n",
                new String(Http.get(server.baseUrl() + "/dumps/latest.ttl.sha256").body(), StandardCharsets.UTF_8));
        assertEquals(404, Http.get(server.baseUrl() + "/dumps/../db/tdb.lock").statusCode());
        assertEquals(404, Http.get(server.baseUrl() + "/dumps/latest.exe").statusCode());
    }

    @Test
    void voidCountsEqualCountQueriesAgainstTheEndpoint() throws Exception {
        Graph v = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(Http.get(server.baseUrl() + "/dumps/void.ttl").body(), StandardCharsets.UTF_8), Lang.TURTLE).parse(v);
        Node ds = Terms.DATASET;
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), value(v, ds, Terms.VOID_TRIPLES));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), value(v, ds, Terms.VOID_DISTINCT_SUBJECTS));
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), value(v, ds, Terms.VOID_DISTINCT_OBJECTS));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER isIRI(?s) }"), value(v, ds, Terms.VOID_ENTITIES));
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), value(v, ds, Terms.VOID_CLASSES));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), value(v, ds, Terms.VOID_PROPERTIES));
        long links = count("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o "
                + "FILTER STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\") }");
        assertTrue(links > 0);
        assertEquals(links, value(v, NodeFactory.createURI(ds.getURI() + "/links/wikidata"), Terms.VOID_TRIPLES));
        int partitions = 0;
        var it = v.find(ds, Terms.VOID_CLASS_PARTITION, Node.ANY);
        while (it.hasNext()) {
            Node part = it.next().getObject();
            Node cls = v.find(part, Terms.VOID_CLASS, Node.ANY).next().getObject();
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }");
            q.setIri("c", cls.getURI());
            assertEquals(count(q.toString()), value(v, part, Terms.VOID_ENTITIES), cls.getURI());
            partitions++;
        }
        assertEquals(value(v, ds, Terms.VOID_CLASSES), partitions);
        var props = v.find(ds, Terms.VOID_PROPERTY_PARTITION, Node.ANY);
        while (props.hasNext()) {
            Node part = props.next().getObject();
            Node p = v.find(part, Terms.VOID_PROPERTY, Node.ANY).next().getObject();
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            q.setIri("p", p.getURI());
            assertEquals(count(q.toString()), value(v, part, Terms.VOID_TRIPLES), p.getURI());
        }
        Map<String, String> sums = sums();
        var dists = v.find(ds, NodeFactory.createURI(Terms.DCAT + "distribution"), Node.ANY);
        int n = 0;
        while (dists.hasNext()) {
            Node d = dists.next().getObject();
            String name = v.find(d, Terms.DCT_TITLE, Node.ANY).next().getObject().getLiteralLexicalForm();
            Node sum = v.find(d, Terms.SPDX_CHECKSUM, Node.ANY).next().getObject();
            assertEquals(sums.get(name), v.find(sum, Terms.SPDX_CHECKSUM_VALUE, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(Files.size(dumps.resolve(name)), value(v, d, Terms.DCAT_BYTE_SIZE));
            n++;
        }
        assertEquals(3, n);
    }

    @Test
    void dumpsOfTheSameReleaseAreByteIdentical() throws Exception {
        Path again = tmp.resolve("again");
        new DumpWriter("http://localhost/dumps/", Terms.DEFAULT_LICENSE).write(store.dataset(), again);
        for (String f : new String[] {"diplokg-1.ttl", "diplokg-1.nt.gz", "diplokg-1.trig", "void.ttl", "SHA256SUMS"}) {
            assertArrayEquals(Files.readAllBytes(dumps.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        byte[] gz = Files.readAllBytes(again.resolve("diplokg-1.nt.gz"));
        assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "gzip header modification time is zero");
    }

    @Test
    void theUnionOfAllGraphsIsTheDefaultGraph() throws Exception {
        long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(8 + 19, graphs, "5 articles, ontology, gazetteer, releases and the 19 meetings of the seeds");
        assertEquals(5, count("SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/diplokg/ontology#Article> }"));
    }

    private long count(String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            QuerySolution s = qe.execSelect().next();
            return s.getLiteral("n").getLong();
        }
    }

    private static long value(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        assertTrue(it.hasNext(), "no " + p + " of " + s);
        return Long.parseLong(it.next().getObject().getLiteralLexicalForm());
    }
}
