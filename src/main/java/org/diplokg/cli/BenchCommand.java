package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.diplokg.bench.ScaleBench;
import org.diplokg.bench.SyntheticCorpus;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.pipeline.Budget;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.publish.Sources;
import org.diplokg.validate.ShaclGate;

/**
 * {@code bench [INPUT...] [--rounds N] [--warmup N]}: converts and validates the articles
 * repeatedly and prints throughput, so performance is measured by figures, not by timed tests.
 * {@code bench --synthetic N [TEMPLATES...]}: the publishing figures of issue 11 on N generated
 * articles, each beside its reference measured in the same run.
 * {@code bench --variants N -o DIR [INPUT]} writes N article variants for big test stores;
 * {@code bench --load URL [--clients N] [--seconds S]} load-tests a server on this machine;
 * {@code bench --adversarial [INPUT]} times conversion on the adversarial shapes of issue 12.
 */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String operands() {
        return "[INPUT...]";
    }

    @Override
    public String summary() {
        return "Measure conversion and validation throughput (articles/s, triples/s) on the given articles.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("rounds").hasArg().argName("N").desc("measured rounds (default 10)").build());
        o.addOption(Option.builder().longOpt("warmup").hasArg().argName("N").desc("unmeasured rounds first (default 3)").build());
        o.addOption(Option.builder().longOpt("synthetic").hasArg().argName("N[,N...]")
                .desc("generate N articles from the template articles (INPUT..., default data/articles and the test articles) and "
                        + "measure convert, first publish, one-article change and unchanged re-publish, each beside its reference").build());
        o.addOption(Option.builder().longOpt("corpus-only")
                .desc("with --synthetic and --work: write the N articles to WORK/nN/articles and measure nothing (a corpus for"
                        + " convert, publish or dump runs of one's own)").build());
        o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR")
                .desc("with --synthetic: where the corpus, store and dumps go (kept; default a temporary folder, deleted)").build());
        o.addOption(Option.builder().longOpt("changes").hasArg().argName("N")
                .desc("with --synthetic: how many one-article changes to time (default 2)").build());
        o.addOption(Option.builder().longOpt("variants").hasArg().argName("N")
                .desc("write N variants of the articles of INPUT (default data/articles) to -o DIR, for big test stores").build());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR").desc("where --variants writes").build());
        o.addOption(Option.builder().longOpt("load").hasArg().argName("URL")
                .desc("load-test the DiploKG server at URL (this machine only): example queries and pages").build());
        o.addOption(Option.builder().longOpt("adversarial")
                .desc("time conversion of adversarial texts made from the articles at s and 4s bytes (linear: <= 5x), and at 2 MB"
                        + " with the default budget (done or cut within 10 s)").build());
        o.addOption(Option.builder().longOpt("clients").hasArg().argName("N").desc("--load: concurrent clients (default 50)").build());
        o.addOption(Option.builder().longOpt("seconds").hasArg().argName("S").desc("--load: how long (default 60)").build());
        return Inputs.withPipelineOptions(o);
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (cl.hasOption("corpus-only") && !cl.hasOption("synthetic")) throw new UsageException("--corpus-only goes with --synthetic N");
        if (cl.hasOption("synthetic")) return synthetic(cl, console);
        if (cl.hasOption("variants")) return variants(cl, console);
        if (cl.hasOption("load")) return load(cl, console);
        if (cl.hasOption("adversarial")) return adversarial(cl, console);
        int rounds = count(cl, "rounds", 10);
        if (rounds < 1) throw new UsageException("--rounds must be at least 1");
        int warmup = count(cl, "warmup", 3);
        List<Path> files = Inputs.articleFiles(cl, console);
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Inputs.gazetteer(cl);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Pipeline pipeline = new Pipeline(gazetteer, Inputs.budget(cl)).threads(Inputs.threads(cl));
        ShaclGate gate = Inputs.gate(cl);
        long convertNs = 0;
        long validateNs = 0;
        long triples = 0;
        int meetings = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            long a = System.nanoTime();
            Batch b = pipeline.run(files, Progress.NONE);
            Graph g = b.union();
            long c = System.nanoTime();
            if (!gate.validate(g).conforms()) throw new IllegalStateException("the articles do not validate; run convert to see why");
            long d = System.nanoTime();
            if (r >= warmup) {
                convertNs += c - a;
                validateNs += d - c;
                triples += g.size();
                meetings += b.results().stream().mapToInt(x -> x.meetings().size()).sum();
            }
            if (!console.quiet) console.err.printf("round %d/%d%n", r + 1, warmup + rounds);
        }
        double convS = convertNs / 1e9;
        double valS = validateNs / 1e9;
        int articles = files.size() * rounds;
        console.out.printf(Locale.ROOT, "articles: %d x %d rounds (%d warm-up); gazetteer load %.0f ms%n", files.size(), rounds, warmup, loadMs);
        console.out.printf(Locale.ROOT, "convert:  %.1f articles/s, %.0f triples/s, %.2f ms/article (%d meetings/round)%n",
                articles / convS, triples / convS, convS * 1000 / articles, meetings / rounds);
        console.out.printf(Locale.ROOT, "validate: %.0f triples/s, %.1f ms/round%n", triples / valS, valS * 1000 / rounds);
        return ExitCode.OK;
    }

    private int synthetic(CommandLine cl, Console console) throws Exception {
        List<Integer> sizes = new java.util.ArrayList<>();
        for (String part : cl.getOptionValue("synthetic").split(",")) {
            try {
                int n = Integer.parseInt(part.strip());
                if (n < 1) throw new NumberFormatException();
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new UsageException("--synthetic takes numbers of articles (at least 1), e.g. 100,1000, not '"
                        + cl.getOptionValue("synthetic") + "'");
            }
        }
        int changes = count(cl, "changes", 2);
        List<Path> folders = cl.getArgList().isEmpty() ? SyntheticCorpus.DEFAULT_TEMPLATES : cl.getArgList().stream().map(Path::of).toList();
        List<Path> templates = SyntheticCorpus.templateFiles(folders);
        if (templates.isEmpty()) throw new UsageException("no template *.txt articles in " + folders);
        Gazetteer gazetteer = Inputs.gazetteer(cl);
        SyntheticCorpus corpus = new SyntheticCorpus(gazetteer, templates);
        console.info("templates: " + templates.size() + " articles; swappable entities: " + corpus.poolSizes());
        Budget budget = Inputs.budget(cl);
        Sources sources = cl.hasOption("gazetteer") ? Sources.withGazetteer(Path.of(cl.getOptionValue("gazetteer"))) : Sources.bundled();
        int threads = Inputs.threads(cl);
        ScaleBench bench = new ScaleBench(new ScaleBench.Setup(() -> new Pipeline(gazetteer, budget).threads(threads), Inputs.gate(cl), sources),
                console.out, console::info, console::progress);
        if (cl.hasOption("corpus-only")) {
            if (!cl.hasOption("work")) throw new UsageException("--corpus-only writes into --work DIR; give one");
            for (int n : sizes) {
                Path dir = Path.of(cl.getOptionValue("work")).resolve("n" + n).resolve("articles");
                if (Files.exists(dir)) throw new UsageException(dir + " exists; give a new --work folder");
            }
            for (int n : sizes) {
                Path dir = Path.of(cl.getOptionValue("work")).resolve("n" + n).resolve("articles");
                corpus.write(n, dir, console.progress("written"));
                console.out.println("wrote " + n + " articles to " + dir);
            }
            return ExitCode.OK;
        }
        boolean temporary = !cl.hasOption("work");
        Path root = temporary ? Files.createTempDirectory("diplokg-bench") : Path.of(cl.getOptionValue("work"));
        try {
            for (int n : sizes) {
                Path work = root.resolve("n" + n);
                if (Files.exists(work)) throw new UsageException(work + " exists; give a new --work folder");
                bench.run(corpus, n, work, changes);
            }
        } finally {
            if (temporary) org.apache.jena.atlas.io.IO.deleteAll(root);
        }
        return ExitCode.OK;
    }

    private static int variants(CommandLine cl, Console console) throws Exception {
        int n = count(cl, "variants", 0);
        if (n < 1 || !cl.hasOption("output") || cl.getArgList().size() > 1) {
            throw new UsageException("--variants N -o DIR [FOLDER]: N >= 1 variants of the articles of one folder");
        }
        Path from = cl.getArgList().isEmpty() ? Inputs.DEFAULT_ARTICLES : Path.of(cl.getArgList().get(0));
        List<Path> written = org.diplokg.bench.Variants.write(from, n, Path.of(cl.getOptionValue("output")));
        console.out.println("wrote " + written.size() + " variants of the articles of " + from + " to " + cl.getOptionValue("output"));
        return ExitCode.OK;
    }

    private static int adversarial(CommandLine cl, Console console) throws Exception {
        List<Path> files = Inputs.articleFiles(cl, console);
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        StringBuilder corpus = new StringBuilder();
        for (Path f : files) corpus.append(java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8)).append("\n\n");
        Path work = java.nio.file.Files.createTempDirectory("diplokg-adversarial");
        try {
            boolean ok = org.diplokg.bench.Adversarial.run(Inputs.gazetteer(cl), corpus.toString(), work, console.out);
            console.out.println(ok ? "adversarial: linear on every shape, and every 2 MB article within its budget"
                    : "adversarial: some shape grows faster than the text or overran its budget (see above)");
            return ok ? ExitCode.OK : ExitCode.FAILURE;
        } finally {
            try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(work)) {
                for (Path p : s.toList()) java.nio.file.Files.deleteIfExists(p);
            }
            java.nio.file.Files.deleteIfExists(work);
        }
    }

    private static int load(CommandLine cl, Console console) throws Exception {
        int clients = count(cl, "clients", 50);
        double seconds;
        try {
            seconds = Double.parseDouble(cl.getOptionValue("seconds", "60"));
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (clients < 1 || clients > 1000 || !(seconds > 0 && seconds <= 3600)) {
            throw new UsageException("--load URL takes --clients 1..1000 and --seconds up to 3600");
        }
        org.diplokg.bench.LoadRun.Result r;
        try {
            r = org.diplokg.bench.LoadRun.run(cl.getOptionValue("load"), clients, seconds);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        console.out.println("load: " + r.summary());
        for (String e : r.errors()) console.err.println("error: " + e);
        return r.ok() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static int count(CommandLine cl, String opt, int dflt) throws UsageException {
        try {
            int n = Integer.parseInt(cl.getOptionValue(opt, Integer.toString(dflt)));
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + opt + " takes a whole number, not '" + cl.getOptionValue(opt) + "'");
        }
    }
}
