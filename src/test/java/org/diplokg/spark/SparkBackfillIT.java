package org.diplokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.spark.sql.SparkSession;
import org.diplokg.bench.SyntheticCorpus;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.publish.ArticleQuads;
import org.diplokg.publish.BackfillManifest;
import org.diplokg.publish.BulkLoad;
import org.diplokg.publish.Canonical;
import org.diplokg.publish.DumpWriter;
import org.diplokg.publish.GraphNames;
import org.diplokg.publish.PublishOutcome;
import org.diplokg.publish.Publisher;
import org.diplokg.publish.Sources;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;
import org.diplokg.validate.ShaclGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark backfill on 1,000 generated articles (and three bad ones) with a local SparkSession:
 * its N-Quads are the single-process {@code publish} output graph by graph, its rejected articles
 * are those {@code publish} leaves out, its meetings those of the single-process resolver, and
 * {@code publish --bulk} of its output makes the same release (counts, VoID, dump checksums).
 */
class SparkBackfillIT {
    private static final int N = 1000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    /** The bundled shapes plus one that articles with long titles fail, so that some are rejected for their violations. */
    private static final String EXTRA_SHAPE = """

            dkgsh:ShortTitleShape a sh:NodeShape ;
                sh:targetClass dkg:Article ;
                sh:property [ sh:path dcterms:title ; sh:maxLength 90 ; sh:message "title longer than 90 characters (test shape)" ] .
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path articles;
    static Path shapes;
    static List<Path> files;
    static BackfillJob.Summary job;
    static Path out;
    static TdbStore single;
    static PublishOutcome.Released published;
    static Path singleDumps;

    private static long t0;

    /** How long the set-up took so far, on stderr: the test must stay well under two minutes in .ci/run. */
    private static void phase(String what) {
        System.err.printf(java.util.Locale.ROOT, "SparkBackfillIT: %s at %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    @BeforeAll
    static void setUp() throws Exception {
        t0 = System.nanoTime();
        articles = tmp.resolve("articles");
        SyntheticCorpus corpus = new SyntheticCorpus(GazetteerLoader.bundled(),
                SyntheticCorpus.templateFiles(SyntheticCorpus.DEFAULT_TEMPLATES));
        corpus.write(N, articles, Progress.NONE);
        Files.writeString(articles.resolve("bad-empty.txt"), "  \n");
        Files.writeString(articles.resolve("bad-date.txt"), "Ministers of France and Germany met in Paris on Monday.\n");
        Files.writeString(articles.resolve("bad-date.properties"), "title=Bad date\npublished=2025-13-45\n");
        Files.write(articles.resolve("bad-utf8.txt"), new byte[] {'a', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        shapes = tmp.resolve("shapes.ttl");
        Files.writeString(shapes, Files.readString(Path.of("shapes", "diplokg-shapes.ttl")) + EXTRA_SHAPE);
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }

        phase("corpus written");
        spark = BackfillMain.session("local[2]").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        out = tmp.resolve("out");
        job = BackfillJob.run(spark, BackfillSettings.of(List.of(articles), out).withShapes(shapes.toString()).withPartitions(4)
                .withResolve(true), null);

        phase("job done");
        single = TdbStore.open(tmp.resolve("single-db"));
        PublishOutcome o = publisher().publish(files, single, Progress.NONE);
        published = assertInstanceOf(PublishOutcome.Released.class, o);
        singleDumps = tmp.resolve("single-dumps");
        new DumpWriter(DumpWriter.DEFAULT_BASE_URL, Terms.DEFAULT_LICENSE).write(single.dataset(), singleDumps);
        phase("single-process publish and dumps done");
    }

    @AfterAll
    static void tearDown() {
        if (single != null) single.close();
        if (spark != null) spark.stop();
    }

    private static Publisher publisher() {
        return new Publisher(new Pipeline(GazetteerLoader.bundled()).threads(2), ShaclGate.fromFile(shapes), Sources.bundled(), CLOCK,
                Terms.DEFAULT_LICENSE);
    }

    /** The lines of the job's files of one kind, by graph name. */
    private static Map<String, List<String>> linesByGraph(String kind) throws IOException {
        return linesByGraph(job, out, kind);
    }

    /** The lines of the files of one kind of a job's output in {@code dir}, by graph name. */
    private static Map<String, List<String>> linesByGraph(BackfillJob.Summary run, Path dir, String kind) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (BackfillManifest.Part p : run.manifest().files(kind)) {
            for (String l : Files.readAllLines(dir.resolve(p.path()), StandardCharsets.UTF_8)) {
                out.computeIfAbsent(l.substring(l.lastIndexOf(" <") + 2, l.length() - 3), k -> new ArrayList<>()).add(l);
            }
        }
        return out;
    }

    /** The same article graphs, isomorphic and, having no blank nodes, the same lines in the same order. */
    private static void assertSameGraphs(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        assertSameNames(expected.keySet(), actual.keySet());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Graph a = ArticleQuads.graph(String.join("\n", e.getValue()) + "\n");
            Graph b = ArticleQuads.graph(String.join("\n", actual.get(e.getKey())) + "\n");
            assertTrue(a.isIsomorphicWith(b), e.getKey() + " is not isomorphic");
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
        }
    }

    /** The single-process store's graphs whose names pass the test, as sorted N-Quads lines. */
    private static Map<String, List<String>> storeLines(java.util.function.Predicate<Node> which) {
        Map<String, List<String>> out = new TreeMap<>();
        List<Node> names = single.dataset().calculateRead(() -> {
            List<Node> l = new ArrayList<>();
            single.dataset().listGraphNodes().forEachRemaining(l::add);
            return l;
        });
        for (Node g : names) if (which.test(g)) out.put(g.getURI(), Canonical.quadLines(g, single.graph(g)));
        return out;
    }

    /** Equal sets of graph names; on a difference, says which names are on one side only (a few of them). */
    private static void assertSameNames(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " missing, e.g. " + missing.stream().limit(3).toList()
                + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    @Test
    void articleGraphsAreThoseOfPublishGraphByGraph() throws IOException {
        Map<String, List<String>> fromJob = linesByGraph(BackfillManifest.QUADS);
        Map<String, List<String>> fromPublish = storeLines(GraphNames::isArticle);
        assertTrue(fromPublish.size() > N / 2, "publish kept " + fromPublish.size() + " article graphs");
        assertSameGraphs(fromPublish, fromJob);
        assertEquals(fromPublish.values().stream().mapToLong(List::size).sum(), job.manifest().quads());
    }

    @Test
    void rejectedArticlesAreThoseLeftOutWithTheirReasons() throws IOException {
        Map<String, String> rejected = new TreeMap<>();
        for (BackfillManifest.Part p : job.manifest().files(BackfillManifest.REJECTED)) {
            for (String l : Files.readAllLines(out.resolve(p.path()), StandardCharsets.UTF_8)) {
                String[] f = l.split("\t", 3);
                rejected.put(f[0], f[2]);
            }
        }
        Set<String> leftOut = new TreeSet<>();
        for (ArticleFailure f : published.leftOut()) leftOut.add(f.file().getFileName().toString().replace(".txt", ""));
        assertEquals(leftOut, rejected.keySet());
        assertTrue(rejected.keySet().containsAll(List.of("bad-empty", "bad-date", "bad-utf8")), rejected.keySet().toString());
        assertTrue(rejected.get("bad-empty").contains("bad-empty.txt") && rejected.get("bad-empty").contains("empty"), rejected.get("bad-empty"));
        assertTrue(rejected.get("bad-date").contains("published"), rejected.get("bad-date"));
        assertTrue(rejected.get("bad-utf8").contains("UTF-8"), rejected.get("bad-utf8"));
        long bySHACL = rejected.values().stream().filter(r -> r.contains("SHACL") && r.contains("title longer than 90")).count();
        assertTrue(bySHACL >= 5, bySHACL + " articles rejected by the shapes");
        assertEquals(files.size(), job.manifest().articles());
        assertEquals(rejected.size(), job.manifest().rejected());
        assertEquals(files.size() - rejected.size(), job.manifest().accepted());
    }

    @Test
    void resolveStageGivesTheMeetingsOfTheSingleProcessResolver() throws IOException {
        Map<String, List<String>> fromJob = linesByGraph(BackfillManifest.MEETINGS);
        Map<String, List<String>> fromPublish = storeLines(GraphNames::isMeeting);
        assertTrue(fromPublish.size() > 100, fromPublish.size() + " meetings");
        assertSameNames(fromPublish.keySet(), fromJob.keySet());
        for (Map.Entry<String, List<String>> e : fromPublish.entrySet()) assertEquals(e.getValue(), fromJob.get(e.getKey()), e.getKey());
        assertEquals(fromPublish.size(), job.manifest().meetings());
    }

    @Test
    void bulkPublishMakesTheSameReleaseAsPublish() throws IOException {
        assertSameRelease(out, "bulk-db", "bulk-dumps", true);
    }

    /** Without the resolve stage, publish --bulk resolves the meetings itself, to the same release. */
    @Test
    void bulkPublishWithoutTheResolveStageMakesTheSameRelease() throws IOException {
        Path copy = tmp.resolve("out-unresolved");
        BackfillManifest m = job.manifest();
        List<BackfillManifest.Part> parts = new ArrayList<>();
        for (BackfillManifest.Part p : m.files()) {
            if (p.kind().equals(BackfillManifest.MEETINGS)) continue;
            Files.createDirectories(copy.resolve(p.path()).getParent());
            Files.copy(out.resolve(p.path()), copy.resolve(p.path()));
            parts.add(p);
        }
        Files.writeString(copy.resolve(BackfillManifest.FILE), new BackfillManifest(m.format(), m.converterVersion(), m.basis(), m.input(),
                m.articles(), m.accepted(), m.rejected(), m.quads(), 0, false, parts).toJson());
        assertSameRelease(copy, "bulk-db-2", "bulk-dumps-2", false);
    }

    private static void assertSameRelease(Path jobOut, String db, String dumps, boolean publishAgain) throws IOException {
        try (TdbStore bulk = TdbStore.open(tmp.resolve(db))) {
            BulkLoad.Loaded l = new BulkLoad(Sources.bundled(), ShaclGate.fromFile(shapes), CLOCK, Terms.DEFAULT_LICENSE)
                    .load(jobOut, bulk, "parallel", Progress.NONE);
            assertEquals(published.release(), l.outcome().release());
            assertEquals(published.leftOut().size(), l.outcome().leftOut().size());
            DumpWriter.Written w = new DumpWriter(DumpWriter.DEFAULT_BASE_URL, Terms.DEFAULT_LICENSE).write(bulk.dataset(), tmp.resolve(dumps));
            assertEquals(Files.readString(singleDumps.resolve("SHA256SUMS")), Files.readString(tmp.resolve(dumps).resolve("SHA256SUMS")));
            assertEquals(Files.readString(singleDumps.resolve("void.ttl")), Files.readString(tmp.resolve(dumps).resolve("void.ttl")));
            assertEquals(1, w.release());
            if (!publishAgain) return;
            // later publish runs are incremental on top of the bulk release: the articles it holds change nothing
            Set<String> rejected = new TreeSet<>();
            for (ArticleFailure f : published.leftOut()) rejected.add(f.file().getFileName().toString());
            PublishOutcome again = publisher().publish(files.stream().filter(f -> !rejected.contains(f.getFileName().toString())).toList(),
                    bulk, Progress.NONE);
            assertInstanceOf(PublishOutcome.Unchanged.class, again);
            assertEquals(1, ((PublishOutcome.Unchanged) again).release());
        }
    }

    @Test
    void bulkRefusesAStoreThatHoldsData() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                new BulkLoad(Sources.bundled(), ShaclGate.fromFile(shapes), CLOCK, Terms.DEFAULT_LICENSE).load(out, single, "parallel", Progress.NONE));
        assertTrue(e.getMessage().contains("new, empty store"), e.getMessage());
    }

    @Test
    void bulkRefusesOutputMadeWithOtherShapes() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> {
            try (TdbStore other = TdbStore.open(tmp.resolve("other-db"))) {
                new BulkLoad(Sources.bundled(), ShaclGate.bundled(), CLOCK, Terms.DEFAULT_LICENSE).load(out, other, "parallel", Progress.NONE);
            }
        });
        assertTrue(e.getMessage().contains("another gazetteer, shapes or converter version"), e.getMessage());
    }

    /** A JSON Lines row: the id, the text of a file, published 2025-05-01, and {@code more} fields (",\"k\":\"v\""). */
    private static String row(String id, Path text, String more) throws IOException {
        String t = Files.readString(text).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"id\":\"" + id + "\",\"text\":\"" + t + "\",\"published\":\"2025-05-01\"" + more + "}\n";
    }

    /** A JSON Lines table: rows become articles, a row without text is rejected naming its row and file. */
    @Test
    void readsAJsonLinesTable() throws IOException {
        Path table = tmp.resolve("table.jsonl");
        Files.writeString(table, row("row-a", files.get(0), ",\"title\":\"A title\"")
                + "{\"id\":\"row-b\",\"title\":\"no text\"}\n");
        Path tout = tmp.resolve("table-out");
        BackfillJob.Summary s = BackfillJob.run(spark, BackfillSettings.of(List.of(table), tout).withFormat("json").withPartitions(2), null);
        assertEquals(2, s.manifest().articles());
        assertEquals(1, s.manifest().accepted());
        String rejected = Files.readString(tout.resolve(s.manifest().files(BackfillManifest.REJECTED).stream()
                .filter(p -> p.lines() > 0).findFirst().orElseThrow().path()));
        assertTrue(rejected.startsWith("row-b\trow 2 of ") && rejected.contains("table.jsonl") && rejected.contains("no id or no text"), rejected);
        assertFalse(s.manifest().resolved());

        // the same through the job's command line: exit 1 (a row rejected), the summary on stdout
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        int code = BackfillMain.execute(new String[] {"--master", "local[2]", "--format", "json", "--out", tmp.resolve("table-out-2").toString(),
                "-q", table.toString()}, new java.io.PrintStream(o, true, StandardCharsets.UTF_8), new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(1, code, e.toString(StandardCharsets.UTF_8));
        assertTrue(o.toString(StandardCharsets.UTF_8).startsWith("backfill: 2 articles in "), o.toString(StandardCharsets.UTF_8));
        assertTrue(o.toString(StandardCharsets.UTF_8).contains("1 accepted") && o.toString(StandardCharsets.UTF_8).contains("1 rejected"));
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("1 article(s) rejected"), e.toString(StandardCharsets.UTF_8));
        assertFalse(spark.sparkContext().isStopped(), "the command stopped a session it did not start");
    }

    /**
     * A Parquet table, a folder of parts as Spark writes it, with a date-typed {@code published}:
     * 20 of the generated articles with their sidecars' values, and one row without an id. The
     * accepted rows' graphs are those of the same articles read from the folder, line for line; the
     * others are rejected as from the folder; the row without an id is rejected naming its row in its
     * part file.
     */
    @Test
    void readsAParquetTable() throws IOException {
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType().add("id", "string")
                .add("text", "string").add("title", "string").add("source", "string").add("published", "date");
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".txt", "");
            if (!id.startsWith("syn-")) continue;
            java.util.Properties side = new java.util.Properties();
            try (java.io.Reader r = Files.newBufferedReader(articles.resolve(id + ".properties"), StandardCharsets.UTF_8)) {
                side.load(r);
            }
            rows.add(org.apache.spark.sql.RowFactory.create(id, Files.readString(f), side.getProperty("title"), side.getProperty("source"),
                    java.sql.Date.valueOf(side.getProperty("published").strip())));
            ids.add(id);
            if (rows.size() == 10) rows.add(org.apache.spark.sql.RowFactory.create("", "Ministers met in Paris on Monday.\n", "No id", null, null));
            if (ids.size() == 20) break;
        }
        Path table = tmp.resolve("table.parquet");
        spark.createDataFrame(rows, schema).repartition(2).write().parquet(table.toString());

        // where the row without an id is: its part file, and its row in that file
        String badFile = null;
        int badRow = -1;
        try (Stream<Path> s = Files.list(table)) {
            for (Path part : s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
                List<org.apache.spark.sql.Row> in = spark.read().parquet(part.toString()).collectAsList();
                for (int i = 0; i < in.size(); i++) {
                    if (in.get(i).getString(in.get(i).fieldIndex("id")).isEmpty()) {
                        badFile = part.getFileName().toString();
                        badRow = i + 1;
                    }
                }
            }
        }
        assertTrue(badFile != null, "no part holds the row without an id");

        Path tout = tmp.resolve("parquet-out");
        BackfillJob.Summary s = BackfillJob.run(spark, BackfillSettings.of(List.of(table), tout).withFormat("parquet")
                .withShapes(shapes.toString()).withPartitions(3), null);
        Map<String, String> rejected = new TreeMap<>();
        for (BackfillManifest.Part p : s.manifest().files(BackfillManifest.REJECTED)) {
            for (String l : Files.readAllLines(tout.resolve(p.path()), StandardCharsets.UTF_8)) {
                String[] f = l.split("\t", 3);
                rejected.put(f[0], f[1] + "\t" + f[2]);
            }
        }
        String bad = rejected.remove("");
        assertTrue(bad != null && bad.startsWith("row " + badRow + " of ") && bad.contains(badFile + "\t")
                && bad.contains("no id or no text"), bad + " (expected row " + badRow + " of " + badFile + ")");

        // the folder job's outcomes for the same 20 articles
        Map<String, List<String>> fromFolder = new TreeMap<>(linesByGraph(BackfillManifest.QUADS));
        fromFolder.keySet().retainAll(ids.stream().map(id -> GraphNames.article(id).getURI()).toList());
        Set<String> rejectedFromFolder = new TreeSet<>();
        for (BackfillManifest.Part p : job.manifest().files(BackfillManifest.REJECTED)) {
            for (String l : Files.readAllLines(out.resolve(p.path()), StandardCharsets.UTF_8)) {
                String id = l.substring(0, l.indexOf('\t'));
                if (ids.contains(id)) rejectedFromFolder.add(id);
            }
        }
        assertEquals(rejectedFromFolder, rejected.keySet());
        assertEquals(20, fromFolder.size() + rejectedFromFolder.size());
        assertTrue(fromFolder.size() >= 10, fromFolder.size() + " of the 20 accepted from the folder");
        for (Map.Entry<String, String> e : rejected.entrySet()) {
            assertTrue(e.getValue().startsWith("row ") && e.getValue().contains(".parquet\t"), e.getKey() + ": " + e.getValue());
        }

        assertSameGraphs(fromFolder, linesByGraph(s, tout, BackfillManifest.QUADS));
        assertEquals(21, s.manifest().articles());
        assertEquals(fromFolder.size(), s.manifest().accepted());
        assertEquals(1 + rejectedFromFolder.size(), s.manifest().rejected());
        assertEquals(fromFolder.values().stream().mapToLong(List::size).sum(), s.manifest().quads());
    }

    @Test
    void jobCommandLineUsageErrorsExit2() {
        for (String[] args : List.of(new String[] {"x"}, new String[] {"--out", "o"}, new String[] {"--out", "o", "--format", "csv", "x"},
                new String[] {"--out", "o", "--partitions", "-3", "x"}, new String[] {"--out", "o", "--bogus", "x"},
                new String[] {"--out", "o", "--article-timeout", "soon", "x"})) {
            java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
            assertEquals(2, BackfillMain.execute(args, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                    new java.io.PrintStream(e, true, StandardCharsets.UTF_8)), String.join(" ", args));
            assertTrue(e.toString(StandardCharsets.UTF_8).startsWith("diplokg backfill: "), e.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code publish --bulk} from the command line, on the job's output for one table row (a second,
     * small job, so that the test stays short): release 1, the summary line, usage errors exit 2.
     */
    @Test
    void publishBulkCommand() throws IOException {
        Path table = tmp.resolve("one-row.jsonl");
        Files.writeString(table, row("one", files.get(0), ""));
        Path oneOut = tmp.resolve("one-out");
        BackfillJob.Summary one = BackfillJob.run(spark, BackfillSettings.of(List.of(table), oneOut).withFormat("json").withPartitions(1), null);
        assertEquals(1, one.manifest().accepted());
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        java.io.PrintStream po = new java.io.PrintStream(o, true, StandardCharsets.UTF_8);
        java.io.PrintStream pe = new java.io.PrintStream(e, true, StandardCharsets.UTF_8);
        Path db = tmp.resolve("cli-db");
        int code = org.diplokg.cli.Main.execute(new String[] {"publish", "--bulk", oneOut.toString(), "--loc", db.toString(), "-q"}, po, pe);
        String stdout = o.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        assertTrue(stdout.startsWith("published release 1: 1 added, 0 changed, 0 removed; 1 articles, "), stdout);
        assertTrue(stdout.contains("quads loaded by the parallel loader") && stdout.contains("resolved here"), stdout);
        for (String[] args : List.of(new String[] {"publish", "--bulk", tmp.resolve("nothing").toString(), "--loc", tmp.resolve("x").toString()},
                new String[] {"publish", "--bulk", out.toString(), "--to", "http://localhost:1/ds"},
                new String[] {"publish", "--bulk", out.toString(), "--loader", "fast", "--loc", tmp.resolve("x").toString()},
                new String[] {"publish", "--loader", "basic", "--loc", tmp.resolve("x").toString()})) {
            assertEquals(2, org.diplokg.cli.Main.execute(args, po, pe), String.join(" ", args));
        }
    }
}
