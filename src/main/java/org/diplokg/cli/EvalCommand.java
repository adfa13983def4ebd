package org.diplokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.article.ArticleReader;
import org.diplokg.eval.GoldReader;
import org.diplokg.eval.Predictions;
import org.diplokg.eval.ScoredMeeting;
import org.diplokg.eval.Scorer;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;

/** {@code eval --gold DIR [INPUT...]}: runs the pipeline and scores it against gold annotations. Exits 0 whatever the score. */
final class EvalCommand implements Command {
    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String operands() {
        return "--gold DIR [INPUT...]";
    }

    @Override
    public String summary() {
        return "Score extraction against gold JSON annotations: meeting P/R/F1, people F1, place and date accuracy.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("gold").hasArg().argName("DIR").required().desc("folder of gold *.json files").build());
        o.addOption(Option.builder("v").longOpt("verbose")
                .desc("list every missed and extra meeting with its evidence, and wrong people, places and dates").build());
        return Inputs.withPipelineOptions(o);
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        Path goldDir = Path.of(cl.getOptionValue("gold"));
        List<String> goldArticles = new ArrayList<>();
        List<ScoredMeeting> gold = GoldReader.readFolder(goldDir, goldArticles);
        List<Path> files = ArticleReader.expand(Inputs.articles(cl));
        Batch batch = new Pipeline(Inputs.gazetteer(cl)).run(files, console.progress("converted"));
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
        if (cl.hasOption("verbose")) {
            for (ScoredMeeting m : all.missed()) {
                out.printf("MISSED %s %s %s %s: %s%n", m.articleId(), m.id(), m.status(), m.states(), m.evidence());
            }
            for (ScoredMeeting m : all.extra()) {
                out.printf("EXTRA  %s %s %s %s: %s%n", m.articleId(), m.id(), m.status(), m.states(), m.evidence());
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
        return ExitCode.OK;
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
