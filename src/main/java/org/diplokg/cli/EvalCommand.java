package org.diplokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.article.ArticleReader;
import org.diplokg.eval.Diagnosis;
import org.diplokg.eval.EventsReader;
import org.diplokg.eval.GoldEvent;
import org.diplokg.eval.GoldReader;
import org.diplokg.eval.GroupingScorer;
import org.diplokg.eval.Predictions;
import org.diplokg.eval.ScoredMeeting;
import org.diplokg.eval.Scorer;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Batch;

/**
 * {@code eval --gold DIR [INPUT...]}: runs the pipeline and scores it against gold annotations.
 * {@code eval --events FILE [INPUT...]}: also scores how reports are grouped into meetings across
 * articles (gold in {@code gold/} and articles in {@code articles/} beside FILE unless given).
 * Exits 0 whatever the score.
 */
final class EvalCommand implements Command {
    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String operands() {
        return "--gold DIR [INPUT...] | --events FILE [--gold DIR] [INPUT...]";
    }

    @Override
    public String summary() {
        return "Score extraction against gold JSON annotations: meeting P/R/F1, people F1, place and date accuracy;"
                + " with --events, B-cubed grouping of reports into meetings and current status.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("gold").hasArg().argName("DIR")
                .desc("folder of gold *.json files (with --events, default: gold/ beside FILE)").build());
        o.addOption(Option.builder().longOpt("events").hasArg().argName("FILE")
                .desc("events.json grouping the gold reports into meetings; articles default to articles/ beside it").build());
        o.addOption(Option.builder("v").longOpt("verbose")
                .desc("list every missed and extra meeting with its evidence, and wrong people, places and dates").build());
        return Inputs.withPipelineOptions(o);
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (!cl.hasOption("gold") && !cl.hasOption("events")) throw new UsageException("eval needs --gold DIR or --events FILE");
        Path events = cl.hasOption("events") ? Path.of(cl.getOptionValue("events")).toAbsolutePath() : null;
        Path goldDir = cl.hasOption("gold") ? Path.of(cl.getOptionValue("gold")) : events.resolveSibling("gold");
        List<String> goldArticles = new ArrayList<>();
        List<ScoredMeeting> gold = GoldReader.readFolder(goldDir, goldArticles);
        List<Path> inputs = events != null && cl.getArgList().isEmpty() ? List.of(events.resolveSibling("articles")) : Inputs.articles(cl);
        List<Path> files = ArticleReader.expand(inputs, console::skipped);
        Batch batch = Inputs.pipeline(cl).run(files, console.progress("converted"));
        for (ArticleFailure f : batch.failures()) console.err.println("error: " + f.message());
        List<ScoredMeeting> predicted = Predictions.of(batch.results()).stream()
                .filter(p -> goldArticles.contains(p.articleId())).toList();
        Scorer.Result all = Scorer.score(predicted, gold);
        var out = console.out;
        out.printf("%-28s %5s %5s %7s%n", "article", "gold", "pred", "matched");
        for (String a : goldArticles) {
            List<ScoredMeeting> g = gold.stream().filter(x -> x.articleId().equals(a)).toList();
            List<ScoredMeeting> p = predicted.stream().filter(x -> x.articleId().equals(a)).toList();
            Scorer.Result r = Scorer.score(p, g);
            out.printf("%-28s %5d %5d %7d%n", a, g.size(), p.size(), r.matches().size());
        }
        out.println();
        out.printf(Locale.ROOT, "meetings: gold %d, predicted %d, matched %d%n", all.gold(), all.predicted(), all.matches().size());
        out.printf(Locale.ROOT, "meeting precision %.3f  recall %.3f  F1 %.3f%n", all.precision(), all.recall(), all.f1());
        out.printf(Locale.ROOT, "people F1 %.3f (tp %d, fp %d, fn %d, over matched meetings)%n", all.peopleF1(), all.peopleTp(),
                all.peopleFp(), all.peopleFn());
        out.printf(Locale.ROOT, "place accuracy %s (%d/%d)%n", fmt(all.placeAccuracy()), all.placeCorrect(), all.placeTotal());
        out.printf(Locale.ROOT, "date accuracy %s (%d/%d)%n", fmt(all.dateAccuracy()), all.dateCorrect(), all.dateTotal());
        printDiagnosis(all, predicted, gold, out);
        if (cl.hasOption("verbose")) {
            for (Diagnosis.Cause c : Diagnosis.causes(all, predicted, gold)) {
                ScoredMeeting m = c.meeting();
                String other = c.counterpart() == null ? "" : " [vs " + c.counterpart().id() + " " + c.counterpart().status() + " "
                        + c.counterpart().states() + "]";
                out.printf("%s %s %s %s %s %s%s: %s%n", c.cause().startsWith("missed") ? "MISSED" : "EXTRA ", c.cause(),
                        m.articleId(), m.id(), m.status(), m.states(), other, m.evidence());
            }
            for (Scorer.Pair p : all.matches()) {
                if (!p.predicted().people().equals(p.gold().people())) {
                    out.printf("PEOPLE %s %s: predicted %s, gold %s%n", p.gold().articleId(), p.gold().id(),
                            p.predicted().people(), p.gold().people());
                }
                if (p.gold().place() != null && !p.gold().place().equals(p.predicted().place())) {
                    out.printf("PLACE  %s %s: predicted %s, gold %s%n", p.gold().articleId(), p.gold().id(),
                            p.predicted().place(), p.gold().place());
                }
                if (p.gold().date() != null && !p.gold().date().equals(p.predicted().date())) {
                    out.printf("DATE   %s %s: predicted %s, gold %s%n", p.gold().articleId(), p.gold().id(),
                            p.predicted().date(), p.gold().date());
                }
            }
        }
        if (events != null) printGrouping(EventsReader.read(events), gold, batch, goldArticles, cl.hasOption("verbose"), out);
        return ExitCode.OK;
    }

    private static void printGrouping(List<GoldEvent> events, List<ScoredMeeting> gold, Batch batch, List<String> goldArticles,
                                      boolean verbose, java.io.PrintStream out) {
        List<Predictions.Grouped> predicted = Predictions.grouped(batch.union()).stream()
                .filter(p -> goldArticles.contains(p.report().articleId())).toList();
        GroupingScorer.Result r = GroupingScorer.score(events, gold, predicted);
        long multi = r.statuses().size();
        out.println();
        out.printf(Locale.ROOT, "events: %d gold meetings (%d reported by two or more texts), %d gold reports, %d found, "
                + "%d predicted meetings%n", events.size(), multi, r.goldReports(), r.found(),
                predicted.stream().map(Predictions.Grouped::meeting).distinct().count());
        out.printf(Locale.ROOT, "grouping of found reports: B-cubed precision %.3f  recall %.3f  F1 %.3f%n",
                r.overFound().precision(), r.overFound().recall(), r.overFound().f1());
        out.printf(Locale.ROOT, "grouping of all gold reports (unfound as singletons): B-cubed precision %.3f  recall %.3f  F1 %.3f%n",
                r.overAll().precision(), r.overAll().recall(), r.overAll().f1());
        out.printf(Locale.ROOT, "current status of multi-report meetings: %d/%d right (%s)%n", r.statusRight(), multi,
                fmt(multi == 0 ? Double.NaN : (double) r.statusRight() / multi));
        if (!verbose) return;
        for (GoldEvent e : events) {
            out.printf("EVENT  %s %s (%s): %s%n", e.id(), e.label(), e.currentStatus(), String.join(", ", e.reports().stream()
                    .map(x -> x.article() + "/" + x.meeting() + "->" + shortIri(r.predictedMeetingOfGold().get(x.article() + "\n" + x.meeting())))
                    .toList()));
        }
        for (GroupingScorer.StatusCheck c : r.statuses()) {
            if (!c.right()) out.printf("STATUS %s: gold %s, predicted %s (%s)%n", c.event().id(), c.event().currentStatus(),
                    c.predicted(), shortIri(c.predictedMeeting()));
        }
    }

    private static void printDiagnosis(Scorer.Result all, List<ScoredMeeting> predicted, List<ScoredMeeting> gold, java.io.PrintStream out) {
        out.println();
        out.println("status confusion (rows gold, columns predicted; meetings paired by states alone):");
        out.printf("%-10s", "");
        for (String s : Diagnosis.STATUSES) out.printf(" %9s", s);
        out.println();
        for (var row : Diagnosis.statusConfusion(predicted, gold).entrySet()) {
            out.printf("%-10s", row.getKey());
            for (int n : row.getValue().values()) out.printf(" %9d", n);
            out.println();
        }
        out.println("by level: recall (gold matched/gold), precision (predicted matched/predicted):");
        for (var e : Diagnosis.byLevel(all, predicted, gold).entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "  %-9s recall %s (%d/%d)  precision %s (%d/%d)%n", e.getKey(),
                    fmt(c[1] == 0 ? Double.NaN : (double) c[0] / c[1]), c[0], c[1],
                    fmt(c[3] == 0 ? Double.NaN : (double) c[2] / c[3]), c[2], c[3]);
        }
    }

    private static String shortIri(String iri) {
        return iri == null ? "unfound" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
