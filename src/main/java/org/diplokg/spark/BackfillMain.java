package org.diplokg.spark;

import java.io.PrintStream;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.sql.SparkSession;
import org.diplokg.pipeline.Budget;

/**
 * Entry point of the backfill job for {@code spark-submit --class org.diplokg.spark.BackfillMain
 * target/diplokg.jar ...} (docs/scale-out.md). Exit codes: 0 every article went through, 1 some
 * were rejected (listed in {@code OUT/rejected}) or the job failed, 2 usage error.
 */
public final class BackfillMain {
    private BackfillMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output folder (must not exist)").build());
        o.addOption(Option.builder().longOpt("format").hasArg().argName("F")
                .desc("input: txt (folders of *.txt with .properties sidecars, default), parquet or json (JSON Lines) tables of "
                        + "id, text, title, source, published").build());
        o.addOption(Option.builder().longOpt("partitions").hasArg().argName("N").desc("partitions of the articles (default: 4 per core)").build());
        o.addOption(Option.builder().longOpt("resolve").desc("also resolve meetings across articles (a Spark stage blocked by states and time)").build());
        o.addOption(Option.builder().longOpt("master").hasArg().argName("URL")
                .desc("Spark master when not started by spark-submit, e.g. local[2]").build());
        o.addOption(Option.builder().longOpt("gazetteer").hasArg().argName("DIR").desc("gazetteer folder (default: bundled)").build());
        o.addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE").desc("SHACL shapes (default: bundled)").build());
        o.addOption(Option.builder().longOpt("max-article-bytes").hasArg().argName("N").desc("article size limit in bytes").build());
        o.addOption(Option.builder().longOpt("article-timeout").hasArg().argName("S").desc("per-article conversion limit in seconds").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no progress on stderr").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    /** Runs a command line; never exits the JVM. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        CommandLine cl;
        BackfillSettings s;
        try {
            cl = new DefaultParser().parse(options, args);
            if (cl.hasOption("help")) {
                help(options, out);
                return 0;
            }
            if (!cl.hasOption("out")) throw new ParseException("--out DIR is required");
            if (cl.getArgList().isEmpty()) throw new ParseException("give the articles (folders of *.txt) or the table files");
            s = new BackfillSettings(cl.getArgList(), cl.getOptionValue("format", "txt"), cl.getOptionValue("out"),
                    number(cl, "partitions", 0), cl.hasOption("resolve"), cl.getOptionValue("gazetteer"), cl.getOptionValue("shapes"),
                    number(cl, "max-article-bytes", Budget.DEFAULT.maxBytes()),
                    timeoutMillis(cl));
        } catch (ParseException | IllegalArgumentException e) {
            err.println("diplokg backfill: " + e.getMessage());
            help(options, err);
            return 2;
        }
        // a session this call starts is stopped at the end; one already running (a test's, a notebook's) is left running
        boolean running = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = session(cl.getOptionValue("master")).getOrCreate();
        try {
            BackfillJob.Summary sum = BackfillJob.run(spark, s, cl.hasOption("quiet") ? null : err::println);
            var m = sum.manifest();
            out.printf(java.util.Locale.ROOT, "backfill: %d articles in %.1f s (%.1f articles/s): %d accepted (%d quads), %d rejected%s; "
                            + "output in %s%n", m.articles(), sum.seconds(), sum.articlesPerSecond(), m.accepted(), m.quads(), m.rejected(),
                    m.resolved() ? ", " + m.meetings() + " meetings" : "", s.output());
            if (m.rejected() > 0) err.println(m.rejected() + " article(s) rejected, with the reasons, in " + s.output() + "/rejected");
            return m.rejected() > 0 ? 1 : 0;
        } catch (Exception e) {
            err.println("diplokg backfill: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } finally {
            if (!running && cl.hasOption("master")) spark.stop();
        }
    }

    /**
     * A session builder for the job: with a master (run with {@code java -cp}, beside Fuseki's
     * Servlet 6), without the web UI and with {@link NoMetricsServlet}; under {@code spark-submit}
     * (master null) as spark-submit configures it.
     */
    public static SparkSession.Builder session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("diplokg-backfill");
        if (master == null) return b;
        return b.master(master).config("spark.ui.enabled", "false")
                .config("spark.metrics.conf.*.sink.servlet.class", NoMetricsServlet.class.getName());
    }

    private static long timeoutMillis(CommandLine cl) throws ParseException {
        if (!cl.hasOption("article-timeout")) return Budget.DEFAULT.deadline().toMillis();
        String v = cl.getOptionValue("article-timeout").strip();
        try {
            double secs = Double.parseDouble(v);
            if (secs > 0 && secs <= 86_400) return Math.round(secs * 1000);
        } catch (NumberFormatException e) {
            // below
        }
        throw new ParseException("--article-timeout takes seconds, e.g. 10, not '" + v + "'");
    }

    private static long number(CommandLine cl, String opt, long dflt) throws ParseException {
        if (!cl.hasOption(opt)) return dflt;
        try {
            long n = Long.parseLong(cl.getOptionValue(opt).strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new ParseException("--" + opt + " takes a positive number, not '" + cl.getOptionValue(opt) + "'");
    }

    private static int number(CommandLine cl, String opt, int dflt) throws ParseException {
        return (int) Math.min(Integer.MAX_VALUE, number(cl, opt, (long) dflt));
    }

    private static void help(Options options, PrintStream to) {
        java.io.PrintWriter pw = new java.io.PrintWriter(to, true);
        new HelpFormatter().printHelp(pw, 100, "spark-submit --class org.diplokg.spark.BackfillMain target/diplokg.jar [OPTIONS] INPUT...",
                "Articles to validated N-Quads on Spark (docs/scale-out.md).", options, 2, 2, "");
        pw.flush();
    }

}
