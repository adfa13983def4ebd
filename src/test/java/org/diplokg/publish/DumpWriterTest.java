package org.diplokg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpWriterTest {
    @TempDir
    Path tmp;

    /**
     * A dump that sorts through run files on disk (buffers of 7 lines: every graph and the union
     * spill) writes the bytes of one sorted in memory, and its files hold what the store holds.
     */
    @Test
    void spillingToDiskWritesTheBytesOfSortingInMemory() throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            Corpus.publisher().publish(corpus.files(), store, Progress.NONE);
            DumpWriter w = new DumpWriter(DumpWriter.DEFAULT_BASE_URL, Terms.DEFAULT_LICENSE);
            DumpWriter.Written inMemory = w.write(store.dataset(), tmp.resolve("a"), 10_000_000);
            DumpWriter.Written spilled = w.write(store.dataset(), tmp.resolve("b"), 7);
            assertEquals(inMemory.sha256(), spilled.sha256());
            for (String f : inMemory.sha256().keySet()) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
            }
            try (var left = Files.list(tmp.resolve("b"))) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "scratch files left behind");
            }
            int n = inMemory.release();
            Graph ttl = GraphFactory.createDefaultGraph();
            RDFParser.source(tmp.resolve("a").resolve(DumpFiles.name(n, "ttl"))).lang(Lang.TURTLE).parse(ttl);
            Graph nt = GraphFactory.createDefaultGraph();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(tmp.resolve("a").resolve(DumpFiles.name(n, "nt.gz"))))) {
                RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
            }
            assertTrue(ttl.size() > 1000, "the Turtle dump holds " + ttl.size() + " triples");
            assertTrue(ttl.isIsomorphicWith(nt), "Turtle and N-Triples dumps differ");
            List<String> sorted = Files.readAllLines(unzip(tmp.resolve("a").resolve(DumpFiles.name(n, "nt.gz"))));
            // the bytes the dump wrote before it streamed: every quad sorted by "graph triple" in N-Triples, TriG in blocks;
            // the union's distinct N-Triples lines sorted
            List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
            store.dataset().begin(org.apache.jena.query.TxnType.READ);
            try {
                store.dataset().find().forEachRemaining(quads::add);
            } finally {
                store.dataset().end();
            }
            quads.sort(java.util.Comparator.comparing(q -> org.apache.jena.riot.out.NodeFmtLib.strNT(q.getGraph()) + " "
                    + org.apache.jena.riot.out.NodeFmtLib.strNT(q.asTriple())));
            java.io.ByteArrayOutputStream trig = new java.io.ByteArrayOutputStream();
            var s = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(trig, org.apache.jena.riot.RDFFormat.TRIG_BLOCKS);
            s.start();
            ReleaseRecord.prefixes().forEach(s::prefix);
            quads.forEach(s::quad);
            s.finish();
            assertArrayEquals(trig.toByteArray(), Files.readAllBytes(tmp.resolve("a").resolve(DumpFiles.name(n, "trig"))), "TriG");
            assertEquals(Canonical.lines(quads.stream().map(org.apache.jena.sparql.core.Quad::asTriple).iterator()), sorted, "N-Triples");
        }
    }

    private Path unzip(Path gz) throws Exception {
        Path out = tmp.resolve("unzipped.nt");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, out);
        }
        return out;
    }

    @Test
    void sortedLinesMergeRunsInOrderWithoutDuplicates() throws Exception {
        try (SortedLines s = new SortedLines(tmp.resolve("runs"), 3)) {
            for (String l : List.of("d", "b", "a", "d", "c", "b", "e", "a", "f", "c")) s.add(l);
            StringBuilder out = new StringBuilder();
            s.drain(out::append);
            assertEquals("abcdef", out.toString());
            assertTrue(s.runs() >= 3, "the lines should have spilled into runs, not " + s.runs());
        }
    }

    @Test
    void manyRunsAreMergedInStagesWithTheSameResult() throws Exception {
        java.util.Random random = new java.util.Random(7);
        List<String> in = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) in.add("line " + random.nextInt(300));
        try (SortedLines s = new SortedLines(tmp.resolve("staged"), 4, 3)) {
            in.forEach(s::add);
            assertTrue(s.runs() > 100, "runs: " + s.runs());
            List<String> out = new java.util.ArrayList<>();
            s.drain(out::add);
            assertEquals(new java.util.TreeSet<>(in).stream().toList(), out);
            assertTrue(s.runs() <= 3, "runs left after the staged merges: " + s.runs());
        }
        try (var left = Files.list(tmp.resolve("staged"))) {
            assertTrue(left.count() <= 3, "merged runs are deleted as they go");
        }
    }
}
