package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.eval.StatusExamples;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.status.StatusCrossValidation;
import org.diplokg.extract.status.StatusModel;

/**
 * {@code train-status --gold DIR [--out FILE] ARTICLES...}: cross-validates the learned status
 * against the rule on a gold corpus (status accuracy on the gold meetings' evidence, per status)
 * and, with {@code --out}, writes the model trained on all of it. The bundled model is made with
 * {@code train-status --gold src/test/resources/corpus/real/dev/gold --out src/main/resources/lang/en/status-maxent.bin
 * src/test/resources/corpus/real/dev/articles}.
 */
final class TrainStatusCommand implements Command {
    /** The confidences at which a back-up that overrules the rule is scored. */
    static final List<Double> CONFIDENCES = List.of(0.5, 0.6, 0.7, 0.8, 0.9, 0.95);

    @Override
    public String name() {
        return "train-status";
    }

    @Override
    public String operands() {
        return "--gold DIR [--out FILE] ARTICLES...";
    }

    @Override
    public String summary() {
        return "Cross-validate the learned meeting status against the rule on a gold corpus; with --out, write the model trained on it.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("gold").hasArg().argName("DIR").desc("folder of gold *.json files (required)").build());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("FILE").desc("write the model trained on all the corpus here").build());
        o.addOption(Option.builder().longOpt("folds").hasArg().argName("K").desc("cross-validation folds, cut by article (default 10)").build());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("N").desc("which articles go to which fold (default 9)").build());
        o.addOption(Option.builder().longOpt("algorithm").hasArg().argName("A")
                .desc("OpenNLP trainer: MAXENT_QN (default) or MAXENT (GIS)").build());
        o.addOption(Option.builder().longOpt("iterations").hasArg().argName("N").desc("training iterations (default "
                + StatusModel.Settings.DEFAULT.iterations() + ")").build());
        o.addOption(Option.builder().longOpt("cutoff").hasArg().argName("N").desc("least occurrences of a feature (default "
                + StatusModel.Settings.DEFAULT.cutoff() + ")").build());
        o.addOption(Option.builder().longOpt("l2").hasArg().argName("C").desc("L2 cost of MAXENT_QN (default "
                + StatusModel.Settings.DEFAULT.l2() + ")").build());
        o.addOption(Option.builder("v").longOpt("verbose")
                .desc("list every gold meeting the rule or the held-out model gets wrong, with its window").build());
        o.addOption(Option.builder().longOpt("gazetteer").hasArg().argName("DIR")
                .desc("gazetteer folder of *.ttl (default: the copy bundled in the jar)").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (!cl.hasOption("gold")) throw new UsageException("train-status needs --gold DIR");
        if (cl.getArgList().isEmpty()) throw new UsageException("train-status needs the articles of the gold corpus");
        StatusModel.Settings d = StatusModel.Settings.DEFAULT;
        StatusModel.Settings settings = new StatusModel.Settings(cl.getOptionValue("algorithm", d.algorithm()),
                number(cl, "iterations", d.iterations()), number(cl, "cutoff", d.cutoff()),
                Double.parseDouble(cl.getOptionValue("l2", Double.toString(d.l2()))));
        int folds = number(cl, "folds", 10);
        long seed = number(cl, "seed", 9);
        List<StatusExamples.Labelled> all = StatusExamples.collect(Path.of(cl.getOptionValue("gold")),
                Inputs.articleFiles(cl, console), Inputs.gazetteer(cl));
        List<StatusExamples.Labelled> located = all.stream().filter(x -> x.source() != StatusExamples.Source.UNLOCATED).toList();
        var out = console.out;
        out.printf(Locale.ROOT, "status examples: %d gold meetings; %d at a window the extractor decided, %d at the evidence alone,"
                        + " %d whose evidence is not in the text (left out)%n", all.size(),
                count(all, StatusExamples.Source.RECORDED), count(all, StatusExamples.Source.EVIDENCE), count(all, StatusExamples.Source.UNLOCATED));
        out.printf(Locale.ROOT, "cross-validation: %d folds by article (seed %d), %s, %d iterations, cutoff %d, L2 %s%n",
                folds, seed, settings.algorithm(), settings.iterations(), settings.cutoff(), settings.l2());
        StatusCrossValidation.Report report = StatusCrossValidation.run(
                located.stream().map(StatusExamples.Labelled::asCase).toList(), folds, seed, settings);
        table("all gold meetings", report.tallies(CONFIDENCES, null), out);
        boolean[] recorded = new boolean[located.size()];
        for (int i = 0; i < recorded.length; i++) recorded[i] = located.get(i).source() == StatusExamples.Source.RECORDED;
        table("of which at a window the extractor decided", report.tallies(CONFIDENCES, recorded), out);
        if (cl.hasOption("verbose")) {
            for (int i = 0; i < located.size(); i++) {
                StatusExamples.Labelled x = located.get(i);
                MeetingStatus m = report.model(i);
                if (x.rule() == x.gold() && m == x.gold()) continue;
                out.printf(Locale.ROOT, "%s %s %s %s gold %s, rule %s, model %s (%.2f): %s%n", x.rule() == x.gold() ? "MODEL" : "RULE ",
                        x.source().name().toLowerCase(Locale.ROOT), x.article(), x.meeting(), x.gold().label(), x.rule().label(),
                        m.label(), report.heldOut().get(i).get(m), x.context().window().replace('\n', ' '));
            }
        }
        if (cl.hasOption("out")) {
            StatusModel m = StatusModel.train(located.stream().map(x -> new StatusModel.Example(x.features(), x.gold())).toList(), settings);
            byte[] bytes = m.bytes();
            Path target = Path.of(cl.getOptionValue("out"));
            Files.write(target, bytes);
            out.printf(Locale.ROOT, "model trained on %d examples written to %s (%d bytes)%n", located.size(), target, bytes.length);
        }
        return ExitCode.OK;
    }

    private static void table(String title, Map<String, StatusCrossValidation.Tally> r, java.io.PrintStream out) {
        out.printf("%s%n%-15s", title, "status accuracy");
        for (MeetingStatus s : MeetingStatus.values()) out.printf(" %13s", s.label());
        out.printf(" %15s%n", "all");
        for (Map.Entry<String, StatusCrossValidation.Tally> e : r.entrySet()) {
            StatusCrossValidation.Tally t = e.getValue();
            out.printf("%-15s", e.getKey());
            for (MeetingStatus s : MeetingStatus.values()) out.printf(" %13s", t.right(s) + "/" + t.total(s));
            out.printf(Locale.ROOT, " %9s %.3f%n", t.right() + "/" + t.total(), t.accuracy());
        }
    }

    private static long count(List<StatusExamples.Labelled> all, StatusExamples.Source s) {
        return all.stream().filter(x -> x.source() == s).count();
    }

    private static int number(CommandLine cl, String option, int dflt) throws UsageException {
        String v = cl.getOptionValue(option, Integer.toString(dflt)).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes a whole number, not '" + v + "'");
        }
    }
}
