package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.extract.gazetteer.GazetteerMerge;
import org.diplokg.extract.gazetteer.Holding;
import org.diplokg.extract.gazetteer.wikidata.SparqlPager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Runs the real {@code gazetteer refresh} over HTTP against a local Fuseki holding a slice of
 * Wikidata in its own shape; nothing leaves 127.0.0.1.
 */
class GazetteerRefreshCommandTest {
    static final String NS = "https://w3id.org/diplokg/ontology#";
    static final String ID = "https://w3id.org/diplokg/id/";
    static FusekiServer fuseki;
    static String endpoint;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startFuseki() {
        DatasetGraph ds = DatasetFactory.createTxnMem().asDatasetGraph();
        RDFParser.source(Path.of("src/test/resources/wikidata/fixture.ttl")).parse(ds.getDefaultGraph());
        fuseki = FusekiServer.create().loopback(true).port(0).add("/wd", ds).build().start();
        endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/wd/sparql";
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.stop();
    }

    static int run(PrintStream err, String... args) {
        return Main.execute(args, new PrintStream(new ByteArrayOutputStream()), err);
    }

    Model refresh(String url, String... more) throws IOException {
        Path out = tmp.resolve("extract-" + System.nanoTime() + ".ttl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("gazetteer", "refresh", "--endpoint", url, "-o", out.toString()));
        args.addAll(List.of(more));
        int code = run(new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return RDFDataMgr.loadModel(out.toString());
    }

    @Test
    void extractHasTheFixturesStatesOfficesAndHolders() throws IOException {
        Model m = refresh(endpoint, "-q");
        Resource state = m.createResource(NS + "State");
        Set<String> states = m.listSubjectsWithProperty(RDF.type, state).toList().stream().map(Resource::getURI)
                .collect(Collectors.toSet());
        assertEquals(Set.of(ID + "state/Q17", ID + "state/Q884", ID + "state/Q30", ID + "state/Q865"), states);
        assertEquals("Japan", m.getResource(ID + "state/Q17").getProperty(RDFS.label).getString());
        assertEquals("en", m.getResource(ID + "state/Q17").getProperty(RDFS.label).getLanguage(), "only English labels");
        assertEquals(1, m.listObjectsOfProperty(m.getResource(ID + "state/Q17"), RDFS.label).toList().size());
        assertTrue(m.contains(m.getResource(ID + "state/Q884"), m.createProperty("http://www.w3.org/2004/02/skos/core#altLabel"),
                m.createLiteral("Republic of Korea", "en")));
        assertEquals(ID + "place/Q1490", m.getResource(ID + "state/Q17").getPropertyResourceValue(m.createProperty(NS + "capital")).getURI());

        Resource office = m.createResource(NS + "Office");
        Set<String> offices = m.listSubjectsWithProperty(RDF.type, office).toList().stream()
                .map(r -> r.getLocalName() + ">" + r.getPropertyResourceValue(m.createProperty(NS + "country")).getLocalName()
                        + ":" + r.getPropertyResourceValue(m.createProperty(NS + "officeLevel")).getLocalName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Q274948>Q17:Leaders", "Q6296418>Q884:Leaders", "Q11696>Q30:Leaders",
                "Q1355043>Q17:Ministers", "Q14213>Q30:Ministers", "Q12592509>Q884:Ministers"), offices);

        Gazetteer g = GazetteerLoader.fromModel(m);
        assertEquals(List.of(new Holding(ID + "office/Q1355043", day("2024-10-01"), day("2025-10-21"))),
                g.entity(ID + "person/Q1654639").orElseThrow().holdings());
        assertEquals(List.of(new Holding(ID + "office/Q1355043", day("2019-09-11"), day("2021-11-04")),
                new Holding(ID + "office/Q1355043", day("2025-10-21"), java.util.Optional.empty())),
                g.entity(ID + "person/Q1655453").orElseThrow().holdings());
        assertEquals(List.of(new Holding(ID + "office/Q14213", day("2021-01-26"), day("2025-01-20"))),
                g.entity(ID + "person/Q7821917").orElseThrow().holdings(), "the deprecated statement is left out");
        assertEquals(7, g.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count());

        String prov = "http://www.w3.org/ns/prov#";
        Resource activity = m.getResource(ID + "gazetteer/wikidata-extract#refresh");
        assertTrue(activity.hasProperty(RDF.type, m.createResource(prov + "Activity")));
        assertTrue(activity.hasProperty(m.createProperty(prov + "used"), m.createResource(endpoint)));
        assertTrue(activity.hasProperty(m.createProperty(prov + "startedAtTime")));
        String holdersQuery = m.getResource(ID + "gazetteer/wikidata-extract#query-holders")
                .getProperty(m.createProperty(prov + "value")).getString();
        assertTrue(holdersQuery.contains("ps:P39") && holdersQuery.contains("pq:P580"), holdersQuery);
    }

    @Test
    void handCheckedEntriesWinWhenTheExtractIsMerged() throws IOException {
        Model extract = refresh(endpoint, "-q");
        Model hand = GazetteerLoader.readHandChecked(Path.of("data/gazetteer"));
        GazetteerMerge.Result merged = GazetteerMerge.merge(hand, extract);
        Gazetteer g = GazetteerLoader.fromModel(merged.model());
        Entity iwaya = g.entity(ID + "person/Q1654639").orElseThrow();
        assertEquals("Takeshi Iwaya", iwaya.label());
        assertEquals(1, iwaya.holdings().size(), "the hand-checked holding is not doubled");
        Entity office = g.entity(ID + "office/Q12592509").orElseThrow();
        assertEquals("Minister of Foreign Affairs (South Korea)", office.label(), "the hand-checked label stays");
        assertTrue(g.find("Minister of Foreign Affairs met", 0, 26).stream()
                .flatMap(mn -> mn.senses().stream()).noneMatch(s -> s.entity().iri().equals(office.iri())),
                "a title every state's office shares does not find South Korea's");
        // the extract adds an office the hand-checked tables do not have holders for
        assertTrue(g.entity(ID + "person/Q22686").orElseThrow().holdings().size() >= 2);
    }

    /** A proxy in front of Fuseki that first answers 503 with Retry-After, and records what it was asked. */
    @Test
    void pagesAndRetriesPolitely() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        List<String> agents = new CopyOnWriteArrayList<>();
        List<String> queries = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/sparql", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            if (requests.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                ex.sendResponseHeaders(503, -1);
                ex.close();
                return;
            }
            String form = new String(body, StandardCharsets.UTF_8);
            queries.add(URLDecoder.decode(form.substring(form.indexOf('=') + 1), StandardCharsets.UTF_8));
            try {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
                ex.sendResponseHeaders(r.statusCode(), r.body().length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(r.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(500, -1);
                ex.close();
            }
        });
        proxy.start();
        try {
            long t0 = System.nanoTime();
            Model paged = refresh("http://127.0.0.1:" + proxy.getAddress().getPort() + "/sparql", "-q", "--page-size", "3");
            long waitedMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waitedMs >= 1000, "waited the Retry-After second, not " + waitedMs + " ms");
            assertTrue(agents.stream().allMatch(SparqlPager.USER_AGENT::equals), agents.toString());
            assertTrue(queries.stream().anyMatch(q -> java.util.regex.Pattern.compile("OFFSET\\s+3\\b").matcher(q).find()), "paged with OFFSET");
            assertTrue(queries.stream().allMatch(q -> java.util.regex.Pattern.compile("LIMIT\\s+3\\b").matcher(q).find()), "every page is LIMITed");
            assertTrue(requests.get() > 6, "several pages per query, not " + requests.get() + " requests");
            Model whole = refresh(endpoint, "-q");
            assertTrue(withoutProvenance(whole).isIsomorphicWith(withoutProvenance(paged)),
                    "paging gives the same extract as one request");
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void anEndpointThatKeepsFailingIsAFailureNamingIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(new PrintStream(err, true, StandardCharsets.UTF_8), "gazetteer", "refresh", "-q", "--endpoint",
                "http://127.0.0.1:" + fuseki.getHttpPort() + "/nowhere/sparql", "-o", tmp.resolve("x.ttl").toString());
        assertEquals(1, code);
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("/nowhere/sparql") && msg.contains("HTTP 404"), msg);
        assertFalse(Files.exists(tmp.resolve("x.ttl")), "nothing is written when the refresh fails");
    }

    @Test
    void aBadEndpointIsAUsageError() {
        int code = run(new PrintStream(new ByteArrayOutputStream()), "gazetteer", "refresh", "--endpoint", "ftp://x/y");
        assertEquals(2, code);
    }

    static Model withoutProvenance(Model m) {
        Model out = ModelFactory.createDefaultModel();
        m.listStatements().forEachRemaining(st -> {
            if (!st.getSubject().isURIResource() || !st.getSubject().getURI().startsWith(ID + "gazetteer/")) out.add(st);
        });
        return out;
    }

    static java.util.Optional<LocalDate> day(String s) {
        return java.util.Optional.of(LocalDate.parse(s));
    }
}
