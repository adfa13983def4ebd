package org.diplokg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.publish.BulkLoad;
import org.diplokg.publish.DumpWriter;
import org.diplokg.publish.PublishOutcome;
import org.diplokg.publish.Publisher;
import org.diplokg.publish.ReleaseTarget;
import org.diplokg.publish.RemoteFuseki;
import org.diplokg.publish.Sources;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;
import org.diplokg.publish.Upkeep;

/**
 * {@code publish [INPUT...] [--loc DIR | --to URL]}: an incremental, validated release into the
 * TDB2 store (then compaction when the garbage passes a threshold, and dumps when asked) or into
 * a remote Fuseki over the Graph Store Protocol.
 */
final class PublishCommand implements Command {
    static final Path DEFAULT_DUMPS = Path.of("diplokg-dumps");

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String operands() {
        return "[INPUT...]";
    }

    @Override
    public String summary() {
        return "Publish articles as a new release: only changed graphs, validated first, one transaction; dumps with --dumps.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Inputs.locOption("TDB2 store"));
        o.addOption(Option.builder().longOpt("to").hasArg().argName("URL")
                .desc("publish to a remote Fuseki dataset instead, e.g. http://host:3030/ds").build());
        o.addOption(Option.builder().longOpt("user").hasArg().argName("USER").desc("user for --to (HTTP basic)").build());
        o.addOption(Option.builder().longOpt("password-file").hasArg().argName("FILE")
                .desc("file whose first line is the password for --user").build());
        o.addOption(Option.builder().longOpt("dumps").hasArg().argName("DIR")
                .desc("also write the dumps of the release into DIR (they take time in proportion to the store: by default "
                        + "publish writes none, and dump writes them when asked)").build());
        o.addOption(Option.builder().longOpt("no-dumps").desc("write no dumps, even with --dumps").build());
        o.addOption(DumpCommand.keepOption());
        o.addOption(Option.builder().longOpt("no-compact").desc("never compact the store afterwards").build());
        o.addOption(Option.builder().longOpt("compact-threshold").hasArg().argName("R")
                .desc("compact after a release when the quads written since the last compaction pass R times the quads "
                        + "the store holds (default " + Upkeep.DEFAULT_THRESHOLD + "; 0 compacts after every release)").build());
        o.addOption(Option.builder().longOpt("base-url").hasArg().argName("URL")
                .desc("URL the dumps are downloaded from, for void.ttl (default " + DumpWriter.DEFAULT_BASE_URL + ")").build());
        o.addOption(Option.builder().longOpt("license").hasArg().argName("IRI")
                .desc("license of the dataset (default " + Terms.DEFAULT_LICENSE + ")").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                .desc("where to write the SHACL report on violations (default diplokg-report.ttl)").build());
        o.addOption(ValidatedConversion.strictOption());
        o.addOption(Option.builder().longOpt("full-validation").desc("validate the whole new state, not only what the change can affect "
                + "(by default a release whose previous release conforms to the same shapes validates its changed article graphs "
                + "and the nodes the change touches, with the same verdict)").build());
        o.addOption(Option.builder().longOpt("bulk").hasArg().argName("DIR")
                .desc("load the output of the Spark backfill job (docs/scale-out.md) into a new store with a TDB2 bulk loader, "
                        + "as release 1; later publish runs go on incrementally").build());
        o.addOption(Option.builder().longOpt("loader").hasArg().argName("NAME")
                .desc("TDB2 loader for --bulk: " + String.join(", ", BulkLoad.LOADERS) + " (default parallel)").build());
        return Inputs.withPipelineOptions(o);
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (cl.hasOption("to") && cl.hasOption("loc")) throw new UsageException("give either --loc or --to, not both");
        if (cl.hasOption("user") != cl.hasOption("password-file")) {
            throw new UsageException("--user and --password-file go together");
        }
        if (cl.hasOption("user") && !cl.hasOption("to")) throw new UsageException("--user is for --to");
        DumpCommand.keep(cl);
        double threshold = threshold(cl);
        if (cl.hasOption("bulk")) return bulk(cl, console, threshold);
        if (cl.hasOption("loader")) throw new UsageException("--loader is for --bulk");
        List<Path> files = Inputs.articleFiles(cl, console);
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        String license = cl.getOptionValue("license", Terms.DEFAULT_LICENSE);
        Sources sources = cl.hasOption("gazetteer") ? Sources.withGazetteer(Path.of(cl.getOptionValue("gazetteer")))
                : Sources.bundled();
        Publisher publisher = new Publisher(Inputs.pipeline(cl), Inputs.gate(cl), sources,
                Clock.systemUTC(), license).strict(cl.hasOption("strict")).fullValidation(cl.hasOption("full-validation"));
        TdbStore store = null;
        ReleaseTarget target;
        if (cl.hasOption("to") && !cl.getOptionValue("to").matches("(?i)https?://[^\\s/]+.*")) {
            throw new UsageException("--to takes an http(s) URL of a Fuseki dataset, e.g. http://host:3030/ds");
        }
        if (cl.hasOption("to")) {
            target = new RemoteFuseki(cl.getOptionValue("to"), credentials(cl));
        } else {
            store = TdbStore.open(Path.of(cl.getOptionValue("loc", TdbStore.DEFAULT_LOCATION.toString())));
            target = store;
        }
        // in-process callers (tests, tools) must find the store free again afterwards
        try {
            long t0 = System.nanoTime();
            PublishOutcome outcome;
            try {
                outcome = publisher.publish(files, target, console.progress("converted"));
            } catch (RemoteFuseki.RemoteRefusal e) {
                console.err.println("diplokg publish: " + e.getMessage());
                return ExitCode.FAILURE;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (target instanceof RemoteFuseki remote && !remote.repairs().isEmpty()) console.out.println(remote.repairs());
            String where = store != null ? store.location().toString() : cl.getOptionValue("to");
            if (outcome instanceof PublishOutcome.Failed f) {
                for (ArticleFailure x : f.failures()) console.err.println("error: " + x.message());
                console.err.println(f.failures().size() + " article(s) could not be converted; nothing was published.");
                return ExitCode.FAILURE;
            }
            if (outcome instanceof PublishOutcome.Rejected r) {
                return ValidateCommand.reportViolations(r.validation(), cl.getOptionValue("report", "diplokg-report.ttl"), console);
            }
            List<ArticleFailure> leftOut = List.of();
            if (outcome instanceof PublishOutcome.Unchanged u) leftOut = u.leftOut();
            if (outcome instanceof PublishOutcome.Released r) leftOut = r.leftOut();
            if (!leftOut.isEmpty()) {
                org.diplokg.validate.ValidationOutcome v = outcome instanceof PublishOutcome.Released r ? r.violations()
                        : ((PublishOutcome.Unchanged) outcome).violations();
                if (v.violations().isEmpty()) {
                    for (ArticleFailure x : leftOut) console.err.println("error: " + x.message());
                    console.err.println(leftOut.size() + " article(s) left out; the others went ahead.");
                } else {
                    ValidateCommand.reportLeftOut(v, leftOut, cl.getOptionValue("report", "diplokg-report.ttl"), console);
                }
            }
            if (outcome instanceof PublishOutcome.Unchanged u) {
                console.out.printf("unchanged: %s stays at release %d (%d articles checked in %.2f s)%n",
                        where, u.release(), files.size(), secs);
            } else if (outcome instanceof PublishOutcome.Released r) {
                console.info("validated " + r.violations().coverage().describe()
                        + (r.violations().coverage().full() ? "" : " (--full-validation validates the whole state)"));
                int converted = r.release().added().size() + r.release().changed().size();
                console.out.printf("published %s to %s in %.2f s (%d converted, %.1f articles/s)%n",
                        r.release().summary(), where, secs, converted, converted / Math.max(secs, 1e-9));
            }
            if (store != null) upkeep(cl, console, store, outcome, threshold);
            return leftOut.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
        } finally {
            if (store != null) store.close();
        }
    }

    /** Compaction when due, and the dumps when asked, after a release to the local store. */
    private static void upkeep(CommandLine cl, Console console, TdbStore store, PublishOutcome outcome, double threshold)
            throws java.io.IOException, UsageException {
        String license = cl.getOptionValue("license", Terms.DEFAULT_LICENSE);
        Path dumps = cl.hasOption("no-dumps") || !cl.hasOption("dumps") ? null : Path.of(cl.getOptionValue("dumps"));
        Upkeep.Done done = Upkeep.after(store, outcome, new Upkeep.Settings(!cl.hasOption("no-compact"), threshold, dumps,
                DumpCommand.writer(cl, license), DumpCommand.keep(cl)));
        if (done.compacted()) {
            console.info(String.format("compacted %s: %s -> %s in %.2f s", store.location(), done.generationBefore(),
                    done.generationAfter(), done.compactSeconds()));
        } else if (done.garbage() != null) {
            console.info(String.format(java.util.Locale.ROOT, "not compacted: %d quads written since the last compaction, "
                    + "%.1f%% of the %d held (compacts above %.0f%%; run compact to compact now)", done.garbage().written(),
                    100 * done.garbage().ratio(), done.garbage().quads(), 100 * threshold));
            }
            if (done.dumpsCurrent()) console.out.println("dumps of release " + ((PublishOutcome.Unchanged) outcome).release()
                    + " are already in " + dumps);
            if (done.written() != null) DumpCommand.printDumped(done, dumps, DumpCommand.keep(cl), console);
            if (dumps == null && outcome instanceof PublishOutcome.Released) {
                console.info("dumps not written: run dump (or publish --dumps DIR) to write them");
            }
    }

    /** {@code --bulk DIR}: the backfill job's output into a new store, then the upkeep of an ordinary release. */
    private static int bulk(CommandLine cl, Console console, double threshold) throws Exception {
        if (cl.hasOption("to")) throw new UsageException("--bulk loads into a local store (--loc), not --to");
        if (!cl.getArgList().isEmpty()) throw new UsageException("--bulk takes the job's output folder, not articles: " + cl.getArgList());
        String loader = cl.getOptionValue("loader", "parallel");
        if (!BulkLoad.LOADERS.contains(loader)) throw new UsageException("--loader takes one of " + BulkLoad.LOADERS + ", not '" + loader + "'");
        Path dir = Path.of(cl.getOptionValue("bulk"));
        if (!Files.isDirectory(dir)) throw new UsageException("--bulk " + dir + ": no such folder");
        String license = cl.getOptionValue("license", Terms.DEFAULT_LICENSE);
        Sources sources = cl.hasOption("gazetteer") ? Sources.withGazetteer(Path.of(cl.getOptionValue("gazetteer"))) : Sources.bundled();
        try (TdbStore store = TdbStore.open(Path.of(cl.getOptionValue("loc", TdbStore.DEFAULT_LOCATION.toString())))) {
            long t0 = System.nanoTime();
            BulkLoad.Loaded l = new BulkLoad(sources, Inputs.gate(cl), Clock.systemUTC(), license).load(dir, store, loader,
                    console.progress("bulk"));
            double secs = (System.nanoTime() - t0) / 1e9;
            PublishOutcome.Released r = l.outcome();
            for (ArticleFailure x : r.leftOut()) console.err.println("error: " + x.message());
            if (!r.leftOut().isEmpty()) console.err.println(r.leftOut().size() + " article(s) rejected by the job (" + dir.resolve("rejected")
                    + "); the others went ahead.");
            if (!r.violations().conforms()) {
                String report = cl.getOptionValue("report", "diplokg-report.ttl");
                ValidateCommand.printAndWrite(r.violations(), report, console);
                console.err.println(r.violations().violations().size() + " SHACL violation(s) across articles in the loaded release "
                        + "(report: " + report + "); the next publish validates the whole state");
            }
            console.out.printf(java.util.Locale.ROOT, "published %s to %s in %.2f s (bulk: %d quads loaded by the %s loader in %.2f s, "
                            + "%d meetings %s)%n", r.release().summary(), store.location(), secs, l.quadsLoaded(), loader, l.loadSeconds(),
                    l.meetings(), l.meetingsFromJob() ? "from the job" : "resolved here");
            upkeep(cl, console, store, r, threshold);
            return r.leftOut().isEmpty() && r.violations().conforms() ? ExitCode.OK : ExitCode.FAILURE;
        }
    }

    private static double threshold(CommandLine cl) throws UsageException {
        String v = cl.getOptionValue("compact-threshold", Double.toString(Upkeep.DEFAULT_THRESHOLD)).strip();
        try {
            double r = Double.parseDouble(v);
            if (r >= 0 && r <= 1e6) return r;
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--compact-threshold takes a ratio of at least 0, e.g. 0.5, not '" + v + "'");
    }

    private static Optional<RemoteFuseki.Credentials> credentials(CommandLine cl) throws java.io.IOException {
        if (!cl.hasOption("user")) return Optional.empty();
        Path f = Path.of(cl.getOptionValue("password-file"));
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.IOException(f + ": cannot read the password file: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || lines.get(0).isEmpty()) throw new java.io.IOException(f + ": the password file is empty");
        return Optional.of(new RemoteFuseki.Credentials(cl.getOptionValue("user"), lines.get(0)));
    }
}
