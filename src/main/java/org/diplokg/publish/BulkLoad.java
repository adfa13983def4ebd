package org.diplokg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.rdf.vocab.Namespaces;
import org.diplokg.resolve.MeetingWriter;
import org.diplokg.resolve.PriorMeetings;
import org.diplokg.resolve.Report;
import org.diplokg.resolve.ResolvedMeeting;
import org.diplokg.resolve.Resolver;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;

/**
 * {@code publish --bulk DIR}: loads the output of the backfill job (see {@link BackfillManifest})
 * into an empty TDB2 store with a TDB2 bulk loader, then adds what {@code publish} adds beside the
 * article graphs (ontology, gazetteer, the meetings, resolved here unless the job's resolve stage
 * made them), validates the union as the first {@code publish} does, and writes release 1 with the
 * same record, checksums and counts that {@code publish} of the same articles writes; later
 * {@code publish} runs go on incrementally from it. A union that does not conform is loaded all the
 * same (its violations are in the outcome): its record says so, and the next publish validates it whole.
 */
public final class BulkLoad {
    /** TDB2's loaders: {@code parallel} (fastest, uses several cores), {@code phased} (less memory), {@code basic}. */
    public static final List<String> LOADERS = List.of("parallel", "phased", "basic");

    private final Sources sources;
    private final ShaclGate gate;
    private final Clock clock;
    private final String license;

    public BulkLoad(Sources sources, ShaclGate gate, Clock clock, String license) {
        this.sources = sources;
        this.gate = gate;
        this.clock = clock;
        this.license = license;
    }

    /** What was loaded, and the release; {@code rejected} are the articles the job left out, and why. */
    public record Loaded(PublishOutcome.Released outcome, long quadsLoaded, double loadSeconds, long meetings,
                         boolean meetingsFromJob) {
    }

    public Loaded load(Path dir, TdbStore store, String loader, org.diplokg.pipeline.Progress progress) throws IOException {
        if (!LOADERS.contains(loader)) throw new IllegalArgumentException("no loader '" + loader + "'; one of " + LOADERS);
        BackfillManifest m = BackfillManifest.read(dir);
        String basis = Publisher.basis(sources, gate);
        if (!basis.equals(m.basis())) {
            throw new IOException(dir.resolve(BackfillManifest.FILE) + ": made with another gazetteer, shapes or converter version ("
                    + m.converterVersion() + ") than this publish; run the job again or publish with the same --gazetteer and --shapes");
        }
        DatasetGraph dsg = store.dataset();
        if (store.state().release() != 0 || dsg.calculateRead(() -> !dsg.isEmpty())) {
            throw new IOException(store.location() + ": --bulk loads into a new, empty store; this one holds data "
                    + "(publish adds to it incrementally)");
        }
        List<String> files = new ArrayList<>();
        for (BackfillManifest.Part p : m.files(BackfillManifest.QUADS)) files.add(dir.resolve(p.path()).toString());
        if (m.resolved()) for (BackfillManifest.Part p : m.files(BackfillManifest.MEETINGS)) files.add(dir.resolve(p.path()).toString());
        long t0 = System.nanoTime();
        // the loaders' own progress lines are dropped: the command prints its figures
        org.apache.jena.system.progress.MonitorOutput quiet = (fmt, args) -> { };
        DataLoader l = switch (loader) {
            case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
            case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
            default -> LoaderFactory.parallelLoader(dsg, quiet);
        };
        l.startBulk();
        try {
            l.load(files);
            l.finishBulk();
        } catch (RuntimeException e) {
            l.finishException(e);
            throw new IOException("bulk load of " + dir + " failed: " + e.getMessage(), e);
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long loaded = l.countQuads();
        progress.step(1, 1, "loaded " + loaded + " quads from " + files.size() + " files in " + String.format(java.util.Locale.ROOT, "%.1f s", loadSeconds));

        Map<Node, String> written = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        List<String> added = new ArrayList<>();
        for (BackfillManifest.Part p : m.files(BackfillManifest.ARTICLES)) {
            for (String line : Files.readAllLines(dir.resolve(p.path()), StandardCharsets.UTF_8)) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t");
                if (f.length < 2) throw new IOException(dir.resolve(p.path()) + ": not an article line: " + line);
                added.add(f[0]);
                written.put(GraphNames.article(f[0]), f[1]);
            }
        }
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        dsg.executeRead(() -> dsg.find().forEachRemaining(q -> union.add(q.asTriple())));
        sources.ontology().find().forEachRemaining(union::add);
        sources.gazetteer().find().forEachRemaining(union::add);
        Map<Node, Graph> put = new LinkedHashMap<>();
        put.put(GraphNames.ONTOLOGY, sources.ontology());
        put.put(GraphNames.GAZETTEER, sources.gazetteer());
        long meetings = 0;
        if (m.resolved()) {
            List<Node> names = dsg.calculateRead(() -> {
                List<Node> out = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (GraphNames.isMeeting(g)) out.add(g);
                });
                return out;
            });
            for (Node g : names) written.put(g, Canonical.sha256(store.graph(g)));
            meetings = names.size();
        } else {
            List<ResolvedMeeting> resolved = new Resolver().resolve(Report.read(union), PriorMeetings.NONE);
            MeetingWriter writer = new MeetingWriter(union);
            for (ResolvedMeeting r : resolved) {
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
                writer.write(r, StreamRDFLib.graph(g));
                put.put(GraphNames.meeting(r.iri()), g);
            }
            for (Map.Entry<Node, Graph> e : put.entrySet()) {
                if (GraphNames.isMeeting(e.getKey())) e.getValue().find().forEachRemaining(union::add);
            }
            meetings = resolved.size();
        }
        for (Map.Entry<Node, Graph> e : put.entrySet()) written.put(e.getKey(), Canonical.sha256(e.getValue()));
        StoreState before = store.state();
        Release release = new Release(before.release() + 1, clock.instant().truncatedTo(ChronoUnit.SECONDS), added.size(),
                union.size(), added.stream().sorted().toList(), List.of(), List.of());
        // the job validated each article alone: the shapes across articles are checked here, on the union, as the first publish
        // checks them, so that the release can say it conforms and the next publish validates only its change
        ValidationOutcome across = gate.validate(union);
        Graph releases = ReleaseRecord.next(before, release, written, List.of(), license,
                across.conforms() ? java.util.Optional.of(gate.fingerprint()) : java.util.Optional.empty());
        store.apply(new ReleasePlan(release, put, List.of(), releases));
        // a bulk-loaded store holds no garbage: each block was written once
        new TdbStore.Garbage(dsg.calculateRead(() -> dsg.stream().count()), 0).save(store.location());
        List<ArticleFailure> rejected = new ArrayList<>();
        for (BackfillManifest.Part p : m.files(BackfillManifest.REJECTED)) {
            for (String line : Files.readAllLines(dir.resolve(p.path()), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) rejected.add(new ArticleFailure(Path.of(f[1]), f[2]));
            }
        }
        return new Loaded(new PublishOutcome.Released(release, rejected, across), loaded, loadSeconds, meetings, m.resolved());
    }
}
