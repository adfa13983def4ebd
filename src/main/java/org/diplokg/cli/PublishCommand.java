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
import org.diplokg.publish.DumpFiles;
import org.diplokg.publish.DumpWriter;
import org.diplokg.publish.PublishOutcome;
import org.diplokg.publish.Publisher;
import org.diplokg.publish.ReleaseTarget;
import org.diplokg.publish.RemoteFuseki;
import org.diplokg.publish.Sources;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;

/**
 * {@code publish [INPUT...] [--loc DIR | --to URL]}: an incremental, validated release into the
 * TDB2 store (then dumps and compaction) or into a remote Fuseki over the Graph Store Protocol.
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
        return "Publish articles as a new release: only changed graphs, validated first, one transaction; then dumps.";
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
                .desc("where to write the dumps of the release (default " + DEFAULT_DUMPS + ")").build());
        o.addOption(Option.builder().longOpt("no-dumps").desc("do not write dumps").build());
        o.addOption(DumpCommand.keepOption());
        o.addOption(Option.builder().longOpt("no-compact").desc("do not compact the store afterwards").build());
        o.addOption(Option.builder().longOpt("base-url").hasArg().argName("URL")
                .desc("URL the dumps are downloaded from, for void.ttl (default " + DumpWriter.DEFAULT_BASE_URL + ")").build());
        o.addOption(Option.builder().longOpt("license").hasArg().argName("IRI")
                .desc("license of the dataset (default " + Terms.DEFAULT_LICENSE + ")").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                .desc("where to write the SHACL report on violations (default diplokg-report.ttl)").build());
        o.addOption(ValidatedConversion.strictOption());
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
        List<Path> files = Inputs.articleFiles(cl, console);
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        String license = cl.getOptionValue("license", Terms.DEFAULT_LICENSE);
        Sources sources = cl.hasOption("gazetteer") ? Sources.withGazetteer(Path.of(cl.getOptionValue("gazetteer")))
                : Sources.bundled();
        Publisher publisher = new Publisher(Inputs.pipeline(cl), Inputs.gate(cl), sources,
                Clock.systemUTC(), license).strict(cl.hasOption("strict"));
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
                int converted = r.release().added().size() + r.release().changed().size();
                console.out.printf("published %s to %s in %.2f s (%d converted, %.1f articles/s)%n",
                        r.release().summary(), where, secs, converted, converted / Math.max(secs, 1e-9));
            }
            if (store != null) {
                if (!cl.hasOption("no-compact") && outcome instanceof PublishOutcome.Released) {
                    String before = store.generation();
                    long t1 = System.nanoTime();
                    store.compact();
                    console.info(String.format("compacted %s: %s -> %s in %.2f s", where, before, store.generation(),
                            (System.nanoTime() - t1) / 1e9));
                }
                Path dumps = Path.of(cl.getOptionValue("dumps", DEFAULT_DUMPS.toString()));
                if (outcome instanceof PublishOutcome.Unchanged u && Files.exists(dumps.resolve(DumpFiles.SUMS))
                        && Files.readString(dumps.resolve(DumpFiles.SUMS)).contains("  " + DumpFiles.name(u.release(), "ttl") + "\n")) {
                    console.out.println("dumps of release " + u.release() + " are already in " + dumps);
                } else if (!cl.hasOption("no-dumps")) {
                    DumpCommand.dump(store, cl, DEFAULT_DUMPS, license, console);
                }
            }
            return leftOut.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
        } finally {
            if (store != null) store.close();
        }
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
