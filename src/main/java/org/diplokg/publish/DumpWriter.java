package org.diplokg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the dumps of the store's current release: Turtle of the union, sorted N-Triples
 * (gzip with a fixed header, so equal releases give equal bytes), TriG with every named graph
 * and the release record, then {@code void.ttl} (which needs the others' sizes and checksums)
 * and {@code SHA256SUMS} last. The store is read in one read transaction; every file is
 * streamed, so a dump needs about the same memory for any size of store.
 */
public final class DumpWriter {
    /** Where the dumps will be downloadable from when none is given. */
    public static final String DEFAULT_BASE_URL = "https://w3id.org/diplokg/dumps/";
    private final String baseUrl;
    private final String license;

    public DumpWriter(String baseUrl, String license) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.license = license;
    }

    /** What was written: the release, and each file name with its SHA-256, in SHA256SUMS order. */
    public record Written(int release, Map<String, String> sha256) {
    }

    public Written write(DatasetGraph dsg, Path outDir) throws IOException {
        return write(dsg, outDir, SortedLines.DEFAULT_BUFFER);
    }

    /**
     * Streams every file: TriG graph by graph (one graph's triples sorted in memory at a time), the
     * union's N-Triples through a sort that spills to disk past {@code buffer} lines, and Turtle and
     * the VoID counts from that sorted file. The buffers bound the memory, not the size of the store
     * (the merge keeps one reader open per run file), and the bytes do not depend on {@code buffer}.
     */
    Written write(DatasetGraph dsg, Path outDir, int buffer) throws IOException {
        // a store without a release leaves no folder behind
        dsg.begin(org.apache.jena.query.TxnType.READ);
        try {
            latest(dsg);
        } finally {
            dsg.end();
        }
        Files.createDirectories(outDir);
        Path scratch = Files.createTempDirectory(outDir, ".dump-");
        // closed last, after the sorts: the scratch folder goes even when writing failed, without hiding why
        try (java.io.Closeable cleanup = () -> {
                 if (Files.exists(scratch)) IO.deleteAll(scratch);
             };
             SortedLines union = new SortedLines(scratch, buffer); SortedLines objects = new SortedLines(scratch, buffer)) {
            Release release;
            // one read transaction for everything the dumps say (TDB2 readers do not hold up a publish meanwhile)
            dsg.begin(org.apache.jena.query.TxnType.READ);
            try {
                release = latest(dsg);
                AtomicFile.write(outDir.resolve(DumpFiles.name(release.number(), "trig")), out -> writeTrig(out, dsg, union, scratch, buffer));
            } finally {
                dsg.end();
            }
            int n = release.number();
            Path nt = outDir.resolve(DumpFiles.name(n, "nt.gz"));
            AtomicFile.write(nt, out -> writeGzippedLines(out, union));
            VoidDescription.Tally tally = new VoidDescription.Tally(objects);
            AtomicFile.write(outDir.resolve(DumpFiles.name(n, "ttl")), out -> writeTurtle(out, nt, tally));
            Map<String, String> sums = new LinkedHashMap<>();
            List<VoidDescription.Distribution> dists = new ArrayList<>();
            for (String kind : DumpFiles.KINDS.keySet()) {
                String name = DumpFiles.name(n, kind);
                Path file = outDir.resolve(name);
                String sha = sha256(file);
                sums.put(name, sha);
                dists.add(new VoidDescription.Distribution(name, DumpFiles.KINDS.get(kind), baseUrl + name, Files.size(file), sha));
            }
            Graph voidGraph = VoidDescription.describe(release, tally.statistics(), dists, license);
            Path voidFile = outDir.resolve(DumpFiles.VOID);
            AtomicFile.write(voidFile, out -> RDFDataMgr.write(out, voidGraph, RDFFormat.TURTLE_PRETTY));
            sums.put(DumpFiles.VOID, sha256(voidFile));
            StringBuilder sb = new StringBuilder();
            sums.forEach((name, sha) -> sb.append(sha).append("  ").append(name).append('\n'));
            AtomicFile.write(outDir.resolve(DumpFiles.SUMS), out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
            return new Written(n, sums);
        }
    }

    private static Release latest(DatasetGraph dsg) throws IOException {
        return ReleaseRecord.latest(dsg.getGraph(GraphNames.RELEASES))
                .orElseThrow(() -> new IOException("the store holds no release yet: run publish first"));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Canonical.sha256(in);
        }
    }

    /**
     * Quads sorted by graph name, then by triple (the N-Triples of each, as {@link Canonical} sorts):
     * graph names never hold a space or '&gt;' inside, so this is the order of "graph triple" keys.
     * A graph is sorted in memory up to {@code buffer} triples; a larger one (the release record
     * grows with the store) goes through {@link SortedLines} and is read back from its sorted lines.
     * Each triple is also handed to {@code union}.
     */
    private static void writeTrig(OutputStream out, DatasetGraph dsg, SortedLines union, Path scratch, int buffer) throws IOException {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        if (!dsg.getDefaultGraph().isEmpty()) graphs.add(Quad.defaultGraphIRI);
        List<Map.Entry<String, Node>> named = new ArrayList<>();
        for (Node g : graphs) named.add(Map.entry(NodeFmtLib.strNT(g), g));
        named.sort(Map.Entry.comparingByKey());
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        s.start();
        ReleaseRecord.prefixes().forEach(s::prefix);
        for (Map.Entry<String, Node> g : named) {
            Node name = g.getValue();
            List<Map.Entry<String, Triple>> triples = new ArrayList<>();
            SortedLines big = null;
            try {
                var it = dsg.find(name, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Triple t = it.next().asTriple();
                    String key = NodeFmtLib.strNT(t);
                    if (big != null) {
                        big.add(key);
                    } else if (triples.size() < buffer) {
                        triples.add(Map.entry(key, t));
                    } else {
                        big = new SortedLines(scratch, buffer);
                        for (Map.Entry<String, Triple> e : triples) big.add(e.getKey());
                        triples.clear();
                        big.add(key);
                    }
                }
                if (big == null) {
                    triples.sort(Map.Entry.comparingByKey());
                    for (Map.Entry<String, Triple> e : triples) {
                        s.quad(Quad.create(name, e.getValue()));
                        union.add(e.getKey());
                    }
                } else {
                    Path sorted = Files.createTempFile(scratch, "graph-", ".nt");
                    try (Writer w = Files.newBufferedWriter(sorted, StandardCharsets.UTF_8)) {
                        SortedLines.LineSink toFile = SortedLines.LineSink.to(w);
                        big.drain(l -> {
                            toFile.accept(l);
                            union.add(l);
                        });
                    }
                    RDFParser.source(sorted).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple t) {
                            s.quad(Quad.create(name, t));
                        }
                    });
                    Files.delete(sorted);
                }
            } finally {
                if (big != null) big.close();
            }
        }
        s.finish();
    }

    /** Turtle of the sorted union, streamed in blocks of one subject, counting as it goes. */
    private static void writeTurtle(OutputStream out, Path sortedNtGz, VoidDescription.Tally tally) throws IOException {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        ReleaseRecord.prefixes().forEach(w::prefix);
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(sortedNtGz), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    tally.add(t);
                    w.triple(t);
                }
            });
        }
        w.finish();
    }

    /** Java's gzip header has no file name and a zero modification time, so the bytes depend on content only. */
    private static void writeGzippedLines(OutputStream out, SortedLines lines) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16);
        lines.drain(SortedLines.LineSink.to(w));
        w.flush();
        gz.finish();
    }

}
