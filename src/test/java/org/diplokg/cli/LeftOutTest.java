package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.diplokg.publish.TdbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article that fails the shapes is left out; the other articles are converted, served and published. */
class LeftOutTest {
    static final Set<String> SEEDS = Set.of("000_f3c7d27c4d852da1", "001_7f9a2dac146a938b", "002_1ae532e356957e87",
            "003_44307b47f117f005", "004_c0629a4c97f7456d");

    @TempDir
    Path dir;
    Path articles;

    @BeforeEach
    void corpus() throws Exception {
        articles = dir.resolve("articles");
        Files.createDirectories(articles);
        try (Stream<Path> s = Files.list(Path.of("data", "articles"))) {
            for (Path p : s.toList()) Files.copy(p, articles.resolve(p.getFileName()));
        }
        Files.writeString(articles.resolve("zz_future.txt"),
                "Leaders meet\n\nSouth Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.\n");
        Files.writeString(articles.resolve("zz_future.properties"), "published=+10000-01-01\n");
        // an article that fails the shapes: the bundled shapes plus a limit on titles that this one's title breaks
        // (the office shape no longer fires on a plain article: people named in the text are exempt from it)
        Files.writeString(articles.resolve("zz_ishiba.txt"),
                "Ishiba in Beijing\n\nJapanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Beijing on Monday.\n");
        Files.writeString(articles.resolve("zz_ishiba.properties"), "published=2019-05-01\ntitle=" + "Ishiba in Beijing ".repeat(25) + "\n");
        shapes = dir.resolve("shapes.ttl");
        Files.writeString(shapes, Files.readString(Path.of("shapes", "diplokg-shapes.ttl")) + """

                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix dkg: <https://w3id.org/diplokg/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                <https://example.org/shapes/TitleLength> a sh:NodeShape ; sh:targetClass dkg:Article ;
                    sh:property [ sh:path dcterms:title ; sh:maxLength 300 ; sh:message "A title has at most 300 characters." ] .
                """);
    }

    Path shapes;

    static Set<String> identifiers(Model m) {
        Set<String> ids = new TreeSet<>();
        m.listObjectsOfProperty(DCTerms.identifier).forEachRemaining(o -> {
            if (o.isLiteral()) ids.add(o.asLiteral().getLexicalForm());
        });
        return ids;
    }

    @Test
    void convertLeavesTheBadArticlesOutAndWritesTheRest() throws Exception {
        Path out = dir.resolve("out.ttl");
        Path report = dir.resolve("report.ttl");
        CliTest.Run r = CliTest.run("convert", "-q", "--shapes", shapes.toString(), "-o", out.toString(), "--report", report.toString(),
                articles.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(Files.exists(out), "the good articles are written: " + r.err());
        Set<String> ids = identifiers(RDFDataMgr.loadModel(out.toString()));
        assertTrue(ids.containsAll(SEEDS), ids.toString());
        assertFalse(ids.contains("zz_future") || ids.contains("zz_ishiba"), ids.toString());
        assertTrue(r.err().contains(articles.resolve("zz_future.").toString()), r.err());
        assertTrue(r.err().contains(articles.resolve("zz_ishiba.txt").toString()), r.err());
        assertTrue(r.err().contains("(article zz_ishiba)"), "its violations are listed: " + r.err());
        Model rep = RDFDataMgr.loadModel(report.toString());
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT (COUNT(*) AS ?n) { ?r a sh:ValidationResult }";
        try (QueryExecution qe = QueryExecution.model(rep).query(q).build()) {
            assertTrue(qe.execSelect().next().getLiteral("n").getInt() >= 1, "the report holds the violations");
        }
    }

    @Test
    void strictConvertWritesNothing() {
        Path out = dir.resolve("out.ttl");
        CliTest.Run r = CliTest.run("convert", "-q", "--strict", "--shapes", shapes.toString(), "-o", out.toString(), "--report", dir.resolve("r.ttl").toString(),
                articles.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out), "--strict keeps the all-or-nothing gate");
    }

    @Test
    void publishReleasesTheGoodArticlesAndNamesTheBadOnes() throws Exception {
        Path db = dir.resolve("db");
        CliTest.Run r = CliTest.run("publish", "-q", "--shapes", shapes.toString(), "--loc", db.toString(), "--dumps", dir.resolve("dumps").toString(),
                "--report", dir.resolve("r.ttl").toString(), articles.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("published release 1: 5 added"), r.out());
        assertTrue(r.err().contains("zz_ishiba.txt") && r.err().contains("zz_future."), r.err());
        try (TdbStore store = TdbStore.openExisting(db)) {
            assertEquals(1, store.state().release());
            assertEquals(SEEDS, articleGraphs(store));
        }
        // the next publish tries the bad ones again, and still releases nothing new
        CliTest.Run again = CliTest.run("publish", "-q", "--shapes", shapes.toString(), "--loc", db.toString(), "--dumps", dir.resolve("dumps").toString(),
                "--report", dir.resolve("r.ttl").toString(), articles.toString());
        assertEquals(1, again.code(), again.err());
        assertTrue(again.out().contains("unchanged"), again.out());
    }

    @Test
    void strictPublishPublishesNothing() throws Exception {
        Path db = dir.resolve("db");
        CliTest.Run r = CliTest.run("publish", "-q", "--strict", "--shapes", shapes.toString(), "--loc", db.toString(), "--dumps", dir.resolve("dumps").toString(),
                "--report", dir.resolve("r.ttl").toString(), articles.toString());
        assertEquals(1, r.code(), r.err());
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(0, store.state().release());
        }
    }

    static Set<String> articleGraphs(TdbStore store) {
        Set<String> ids = new TreeSet<>();
        String prefix = "https://w3id.org/diplokg/graph/article/";
        store.dataset().executeRead(() -> store.dataset().listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(prefix)) ids.add(g.getURI().substring(prefix.length()));
        }));
        return ids;
    }
}
