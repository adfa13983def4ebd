package org.diplokg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.extract.status.StatusDecider;
import org.diplokg.pipeline.Budget;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.publish.AtomicFile;
import org.diplokg.publish.TdbStore;
import org.diplokg.validate.ShaclGate;

/** Options several commands share: article inputs, the gazetteer and the shapes. */
final class Inputs {
    static final Path DEFAULT_ARTICLES = Path.of("data", "articles");

    private Inputs() {
    }

    static Options withPipelineOptions(Options o) {
        o.addOption(Option.builder().longOpt("gazetteer").hasArg().argName("DIR")
                .desc("gazetteer folder of *.ttl (default: the copy bundled in the jar, from data/gazetteer)").build());
        o.addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE")
                .desc("SHACL shapes (default: the bundled shapes/diplokg-shapes.ttl)").build());
        o.addOption(Option.builder().longOpt("max-article-bytes").hasArg().argName("N")
                .desc("skip, with a message, an article file larger than N bytes (default " + Budget.DEFAULT.maxBytes()
                        + "; suffixes k and M)").build());
        o.addOption(Option.builder().longOpt("article-timeout").hasArg().argName("S")
                .desc("skip, with a message, an article whose conversion takes longer than S seconds (default "
                        + Budget.DEFAULT.deadline().toSeconds() + ")").build());
        o.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
                .desc("convert articles, and validate a whole graph, on N threads; the output is the same as on one (default: the number of processors, "
                        + Runtime.getRuntime().availableProcessors() + " here)").build());
        o.addOption(Option.builder().longOpt("status").hasArg().argName("DECIDER")
                .desc("how a meeting's status is decided: rules (default) or learned (the rules backed up by the model"
                        + " train-status made from the dev corpus)").build());
        return o;
    }

    /** The pipeline over the gazetteer, with the per-article budget and the status decider of the command line. */
    static Pipeline pipeline(CommandLine cl) throws UsageException {
        return new Pipeline(gazetteer(cl), budget(cl), statuses(cl)).threads(threads(cl));
    }

    /** {@code --status rules|learned}. */
    static StatusDecider statuses(CommandLine cl) throws UsageException {
        String v = cl.getOptionValue("status", "rules").strip();
        if (!v.equals("rules") && !v.equals("learned")) throw new UsageException("--status takes rules or learned, not '" + v + "'");
        return StatusDecider.named(v);
    }

    /** {@code --threads N}, by default the number of processors. */
    static int threads(CommandLine cl) throws UsageException {
        String v = cl.getOptionValue("threads", Integer.toString(Runtime.getRuntime().availableProcessors())).strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 256) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--threads takes a number of threads from 1 to 256, not '" + v + "'");
    }

    static Budget budget(CommandLine cl) throws UsageException {
        long bytes = Budget.DEFAULT.maxBytes();
        Duration deadline = Budget.DEFAULT.deadline();
        if (cl.hasOption("max-article-bytes")) {
            String v = cl.getOptionValue("max-article-bytes").strip();
            long unit = v.endsWith("k") || v.endsWith("K") ? 1024 : v.endsWith("M") ? 1024 * 1024 : 1;
            try {
                bytes = Math.multiplyExact(Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)), unit);
            } catch (NumberFormatException | ArithmeticException e) {
                bytes = -1;
            }
            if (bytes <= 0) throw new UsageException("--max-article-bytes takes a positive number of bytes, e.g. 2M, not '" + v + "'");
        }
        if (cl.hasOption("article-timeout")) {
            String v = cl.getOptionValue("article-timeout").strip();
            double secs;
            try {
                secs = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                secs = -1;
            }
            if (!(secs > 0 && secs <= 86_400)) throw new UsageException("--article-timeout takes seconds, e.g. 10, not '" + v + "'");
            deadline = Duration.ofMillis(Math.round(secs * 1000));
        }
        return new Budget(bytes, deadline);
    }

    static List<Path> articles(CommandLine cl) {
        List<String> args = cl.getArgList();
        return args.isEmpty() ? List.of(DEFAULT_ARTICLES) : args.stream().map(Path::of).toList();
    }

    /** The article files of the inputs; entries of folders that are not articles are reported and skipped. */
    static List<Path> articleFiles(CommandLine cl, Console console) throws org.diplokg.article.ArticleException {
        return org.diplokg.article.ArticleReader.expand(articles(cl), console::skipped);
    }

    static Gazetteer gazetteer(CommandLine cl) {
        return cl.hasOption("gazetteer") ? GazetteerLoader.fromFolder(Path.of(cl.getOptionValue("gazetteer"))) : bundledGazetteer();
    }

    private static Gazetteer bundled;

    /** The gazetteer in the jar, loaded once per JVM (it is read-only), so commands run in one process share it. */
    private static synchronized Gazetteer bundledGazetteer() {
        if (bundled == null) bundled = GazetteerLoader.bundled();
        return bundled;
    }

    static ShaclGate gate(CommandLine cl) throws UsageException {
        ShaclGate gate = cl.hasOption("shapes") ? ShaclGate.fromFile(Path.of(cl.getOptionValue("shapes"))) : ShaclGate.bundled();
        return gate.threads(threads(cl));
    }

    /** Writes RDF to a file atomically (temporary file, then rename), so a reader never sees half a file. */
    static void writeAtomically(Path target, Graph g, RDFFormat format) throws IOException {
        AtomicFile.write(target, os -> RDFDataMgr.write(os, g, format));
    }

    /** {@code --loc DIR}: the TDB2 store publish, dump, compact and serve share. */
    static Option locOption(String what) {
        return Option.builder().longOpt("loc").hasArg().argName("DIR")
                .desc(what + " (default " + TdbStore.DEFAULT_LOCATION + ")").build();
    }

    /** The store named by {@code --loc}, which must already hold a published release. */
    static TdbStore existingStore(CommandLine cl) throws IOException {
        return TdbStore.openExisting(Path.of(cl.getOptionValue("loc", TdbStore.DEFAULT_LOCATION.toString())));
    }
}
