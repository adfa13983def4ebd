package org.diplokg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The gold scoring rule: a predicted and a gold meeting of the same article match when their
 * state sets have a Jaccard index of at least 2/3 and their status is the same; pairs are taken
 * best first, one to one. People F1 is micro over QIDs of matched pairs; place and date accuracy
 * count matched pairs where gold has a value.
 */
public final class Scorer {
    public static final double MIN_JACCARD = 2.0 / 3.0;

    private Scorer() {
    }

    public record Pair(ScoredMeeting predicted, ScoredMeeting gold, double jaccard) {
    }

    public record Result(List<Pair> matches, List<ScoredMeeting> missed, List<ScoredMeeting> extra,
                         int predicted, int gold, int peopleTp, int peopleFp, int peopleFn,
                         int placeCorrect, int placeTotal, int dateCorrect, int dateTotal) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matches.size() / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matches.size() / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double peopleF1() {
            int denom = 2 * peopleTp + peopleFp + peopleFn;
            return denom == 0 ? 1.0 : 2.0 * peopleTp / denom;
        }

        public double placeAccuracy() {
            return placeTotal == 0 ? Double.NaN : (double) placeCorrect / placeTotal;
        }

        public double dateAccuracy() {
            return dateTotal == 0 ? Double.NaN : (double) dateCorrect / dateTotal;
        }
    }

    public static Result score(List<ScoredMeeting> predicted, List<ScoredMeeting> gold) {
        List<Pair> candidates = new ArrayList<>();
        for (ScoredMeeting p : predicted) {
            for (ScoredMeeting g : gold) {
                if (!p.articleId().equals(g.articleId()) || !p.status().equals(g.status())) continue;
                double j = p.jaccard(g);
                if (j >= MIN_JACCARD - 1e-9) candidates.add(new Pair(p, g, j));
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::jaccard).reversed()
                .thenComparing(x -> x.predicted().id()).thenComparing(x -> x.gold().id()));
        Set<ScoredMeeting> usedP = new HashSet<>();
        Set<ScoredMeeting> usedG = new HashSet<>();
        List<Pair> matches = new ArrayList<>();
        for (Pair c : candidates) {
            if (usedP.contains(c.predicted()) || usedG.contains(c.gold())) continue;
            usedP.add(c.predicted());
            usedG.add(c.gold());
            matches.add(c);
        }
        int tp = 0, fp = 0, fn = 0, pc = 0, pt = 0, dc = 0, dt = 0;
        for (Pair m : matches) {
            Set<String> p = m.predicted().people();
            Set<String> g = m.gold().people();
            for (String q : p) if (g.contains(q)) tp++; else fp++;
            for (String q : g) if (!p.contains(q)) fn++;
            if (m.gold().place() != null) {
                pt++;
                if (m.gold().place().equals(m.predicted().place())) pc++;
            }
            if (m.gold().date() != null) {
                dt++;
                if (m.gold().date().equals(m.predicted().date())) dc++;
            }
        }
        List<ScoredMeeting> missed = gold.stream().filter(g -> !usedG.contains(g)).toList();
        List<ScoredMeeting> extra = predicted.stream().filter(p -> !usedP.contains(p)).toList();
        return new Result(matches, missed, extra, predicted.size(), gold.size(), tp, fp, fn, pc, pt, dc, dt);
    }
}
