package org.diplokg.publish;

import java.io.IOException;
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

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes the dumps of the store's current release: Turtle of the union, sorted N-Triples
 * (gzip with a fixed header, so equal releases give equal bytes), TriG with every named graph
 * and the release record, then {@code void.ttl} (which needs the others' sizes and checksums)
 * and {@code SHA256SUMS} last. Everything is read in one read transaction.
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
        List<Quad> quads;
        Release release;
        dsg.begin(org.apache.jena.query.TxnType.READ);
        try {
            release = ReleaseRecord.latest(dsg.getGraph(GraphNames.RELEASES))
                    .orElseThrow(() -> new IOException("the store holds no release yet: run publish first"));
            quads = Canonical.sortedQuads(dsg.find());
        } finally {
            dsg.end();
        }
        List<Triple> union = Canonical.sortedTriples(quads.stream().map(Quad::asTriple).iterator());
        List<String> lines = union.stream().map(NodeFmtLib::strNT).toList();
        Graph pretty = GraphFactory.createDefaultGraph();
        pretty.getPrefixMapping().setNsPrefixes(ReleaseRecord.prefixes());
        union.forEach(pretty::add);
        Files.createDirectories(outDir);
        int n = release.number();
        Map<String, String> sums = new LinkedHashMap<>();
        List<VoidDescription.Distribution> dists = new ArrayList<>();
        for (String kind : DumpFiles.KINDS.keySet()) {
            String name = DumpFiles.name(n, kind);
            Path file = outDir.resolve(name);
            AtomicFile.write(file, out -> {
                switch (kind) {
                    case "ttl" -> RDFDataMgr.write(out, pretty, RDFFormat.TURTLE_PRETTY);
                    case "nt.gz" -> writeGzippedLines(out, lines);
                    default -> writeTrig(out, quads);
                }
            });
            String sha = Canonical.sha256(Files.readAllBytes(file));
            sums.put(name, sha);
            dists.add(new VoidDescription.Distribution(name, DumpFiles.KINDS.get(kind), baseUrl + name, Files.size(file), sha));
        }
        Graph voidGraph = VoidDescription.describe(release, VoidDescription.Statistics.of(union), dists, license);
        Path voidFile = outDir.resolve(DumpFiles.VOID);
        AtomicFile.write(voidFile, out -> RDFDataMgr.write(out, voidGraph, RDFFormat.TURTLE_PRETTY));
        sums.put(DumpFiles.VOID, Canonical.sha256(Files.readAllBytes(voidFile)));
        StringBuilder sb = new StringBuilder();
        sums.forEach((name, sha) -> sb.append(sha).append("  ").append(name).append('\n'));
        AtomicFile.write(outDir.resolve(DumpFiles.SUMS), out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
        return new Written(n, sums);
    }

    /** Java's gzip header has no file name and a zero modification time, so the bytes depend on content only. */
    private static void writeGzippedLines(OutputStream out, List<String> lines) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8);
        for (String l : lines) {
            w.write(l);
            w.write('\n');
        }
        w.flush();
        gz.finish();
    }

    private static void writeTrig(OutputStream out, List<Quad> sortedQuads) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        s.start();
        ReleaseRecord.prefixes().forEach(s::prefix);
        sortedQuads.forEach(s::quad);
        s.finish();
    }
}
