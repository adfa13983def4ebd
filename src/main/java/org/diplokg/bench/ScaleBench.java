package org.diplokg.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.pipeline.ValidatedBatch;
import org.diplokg.publish.DumpFiles;
import org.diplokg.publish.DumpWriter;
import org.diplokg.publish.PublishOutcome;
import org.diplokg.publish.Publisher;
import org.diplokg.publish.Sources;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;
import org.diplokg.publish.Upkeep;
import org.diplokg.validate.ShaclGate;

/**
 * The figures of issue 11 on a corpus of articles, each beside its reference measured in the same
 * run: {@code convert} against a RIOT parse and write of its own output; the first {@code publish}
 * (with the compaction and dumps it does) against TDB2's basic loader (the code path of
 * {@code tdb2.tdbloader --loader=basic}) on the same quads; then a one-article change and an
 * unchanged re-publish.
 */
public final class ScaleBench {
    /** What the bench needs to convert and publish: the pipeline parts and the sources. */
    public record Setup(java.util.function.Supplier<Pipeline> pipeline, ShaclGate gate, Sources sources) {
    }

    /** How many articles the unmeasured warm-up converts. */
    static final int WARM_UP = 100;
    private final Setup setup;
    private final PrintStream out;
    private final Consumer<String> info;
    private final java.util.function.Function<String, Progress> progress;

    /**
     * @param out      where the figures go
     * @param info     progress and notes (stderr; nothing when quiet)
     * @param progress per-article progress of a step, by label (stderr; {@link Progress#NONE} when quiet)
     */
    public ScaleBench(Setup setup, PrintStream out, Consumer<String> info, java.util.function.Function<String, Progress> progress) {
        this.setup = setup;
        this.out = out;
        this.info = info;
        this.progress = progress;
    }

    /** Convert figures: seconds, articles converted and left out, triples, and the RIOT reference. */
    public record ConvertFigures(int articles, int converted, int failed, long triples, double seconds, double riotSeconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /**
     * Converts and validates the files as {@code convert} does (writing Turtle to memory), then
     * parses that Turtle and writes it again with RIOT.
     */
    public ConvertFigures convert(List<Path> files, Pipeline pipeline) {
        long t0 = System.nanoTime();
        ValidatedBatch v = ValidatedBatch.run(pipeline, setup.gate().threads(pipeline.threads()), files, false, progress.apply("converted"));
        if (v.graph() == null) throw new IllegalStateException("the articles were refused by the shapes; run convert to see why");
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, v.graph(), RDFFormat.TURTLE_PRETTY);
        double secs = (System.nanoTime() - t0) / 1e9;
        long triples = v.graph().size();
        byte[] bytes = turtle.toByteArray();
        long t1 = System.nanoTime();
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).parse(parsed);
        RDFDataMgr.write(OutputStream.nullOutputStream(), parsed, RDFFormat.TURTLE_PRETTY);
        double riot = (System.nanoTime() - t1) / 1e9;
        return new ConvertFigures(files.size(), v.batch().results().size(), files.size() - v.batch().results().size(),
                triples, secs, riot);
    }

    /**
     * One publish with what it does afterwards, as the {@code publish} command does it with its
     * defaults (compaction past the threshold; dumps only when {@code dumps} is not null, as
     * {@code --dumps DIR} or the {@code dump} command ask).
     */
    public record PublishFigures(String outcome, double publishSeconds, double compactSeconds, double dumpSeconds) {
        public double total() {
            return publishSeconds + compactSeconds + dumpSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s (publish %.2f + compaction %.2f + dumps %.2f; %s)", total(), publishSeconds,
                    compactSeconds, dumpSeconds, outcome);
        }
    }

    public PublishFigures publish(List<Path> files, Path store, Path dumps) throws IOException {
        return publish(files, store, dumps, Upkeep.DEFAULT_THRESHOLD);
    }

    /** {@link #publish(List, Path, Path)} with another compaction threshold (0: compact after every release). */
    public PublishFigures publish(List<Path> files, Path store, Path dumps, double threshold) throws IOException {
        Publisher publisher = new Publisher(setup.pipeline().get(), setup.gate(), setup.sources(), Clock.systemUTC(),
                Terms.DEFAULT_LICENSE);
        try (TdbStore s = TdbStore.open(store)) {
            long t0 = System.nanoTime();
            PublishOutcome o = publisher.publish(files, s, progress.apply("published"));
            double pub = (System.nanoTime() - t0) / 1e9;
            Upkeep.Done d = Upkeep.after(s, o, new Upkeep.Settings(true, threshold, dumps,
                    new DumpWriter(DumpWriter.DEFAULT_BASE_URL, Terms.DEFAULT_LICENSE), DumpFiles.DEFAULT_KEEP));
            String what = o instanceof PublishOutcome.Released r ? r.release().summary()
                    : o instanceof PublishOutcome.Unchanged ? "unchanged" : o.getClass().getSimpleName();
            return new PublishFigures(what, pub, d.compactSeconds(), d.dumpSeconds());
        }
    }

    /** The store's quads as N-Quads, for the loader reference. */
    static long exportQuads(Path store, Path nquads) throws IOException {
        try (TdbStore s = TdbStore.openExisting(store); OutputStream os = Files.newOutputStream(nquads)) {
            DatasetGraph dsg = s.dataset();
            return dsg.calculateRead(() -> {
                RDFDataMgr.write(os, dsg, Lang.NQUADS);
                long n = 0;
                var it = dsg.find();
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
        }
    }

    /** Seconds TDB2's basic loader takes to load the N-Quads file into a new database. */
    static double basicLoad(Path nquads, Path location) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            long t0 = System.nanoTime();
            DataLoader loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    /**
     * Runs every figure for a corpus of {@code n} generated articles under {@code work} (a folder
     * of its own, emptied first) and prints them.
     */
    public void run(SyntheticCorpus corpus, int n, Path work, int changeRounds) throws IOException {
        Path articles = work.resolve("articles");
        long g0 = System.nanoTime();
        List<Path> files = corpus.write(n, articles, progress.apply("generated"));
        out.printf(Locale.ROOT, "== %d articles (from %d templates; generated in %.2f s into %s)%n", n, corpus.templateCount(),
                (System.nanoTime() - g0) / 1e9, articles);

        Pipeline pipeline = setup.pipeline().get();
        ConvertFigures c = null;
        ConvertFigures one = null;
        // an unmeasured warm-up first, so the JIT compiles the rules before either figure is taken
        info.accept("warm-up: converting " + Math.min(n, WARM_UP) + " articles, not measured");
        convert(files.subList(0, Math.min(n, WARM_UP)), pipeline);
        for (int threads : pipeline.threads() > 1 ? List.of(1, pipeline.threads()) : List.of(1)) {
            c = convert(files, pipeline.threads(threads));
            out.printf(Locale.ROOT, "%-22s%8.2f s  %7.1f articles/s  (%d converted, %d left out, %d triples)%n",
                    "convert, " + threads + (threads == 1 ? " thread:" : " threads:"), c.seconds(), c.articlesPerSecond(), c.converted(), c.failed(), c.triples());
            out.printf(Locale.ROOT, "  reference RIOT parse+write of its Turtle: %.2f s -> convert costs %.1fx%n", c.riotSeconds(),
                    c.seconds() / c.riotSeconds());
            if (threads == 1) one = c;
        }
        if (c != one) out.printf(Locale.ROOT, "  %d threads against 1: %.2fx as fast%n", pipeline.threads(), one.seconds() / c.seconds());

        Path store = work.resolve("store");
        Path dumps = work.resolve("dumps");
        PublishFigures first = publish(files, store, null);
        out.printf(Locale.ROOT, "first publish:        %s%n", first);
        Path nq = work.resolve("store.nq");
        long quads = exportQuads(store, nq);
        double load = basicLoad(nq, work.resolve("reference-store"));
        out.printf(Locale.ROOT, "  reference tdb2 basic loader on the same %d quads: %.2f s -> first publish costs %.1fx%n", quads, load,
                first.total() / load);
        out.printf(Locale.ROOT, "dump (on request):    %s%n", publish(files, store, dumps));

        Path changed = files.get(n / 2);
        String original = Files.readString(changed, StandardCharsets.UTF_8);
        List<PublishFigures> changes = new ArrayList<>();
        for (int r = 0; r < changeRounds; r++) {
            Files.writeString(changed, original + "\nCorrection " + (r + 1) + ": an earlier version of this article misstated a detail.\n",
                    StandardCharsets.UTF_8);
            changes.add(publish(files, store, null));
        }
        Files.writeString(changed, original, StandardCharsets.UTF_8);
        for (PublishFigures p : changes) out.printf(Locale.ROOT, "one-article change:   %s%n", p);
        // back to the original text, compacting and dumping as every publish did before issue 11
        out.printf(Locale.ROOT, "  the same, compacting and dumping as every publish did before: %s%n", publish(files, store, dumps, 0));
        PublishFigures same = publish(files, store, null);
        out.printf(Locale.ROOT, "unchanged re-publish: %s%n", same);
        info.accept("bench work folder: " + work);
    }
}
