package org.diplokg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Why the figures are what they are: a status confusion matrix over meetings paired by their
 * states alone, recall and precision per level, and a cause for every miss and extra. The
 * scoring rule itself stays in {@link Scorer}.
 */
public final class Diagnosis {
    /** Statuses in the order tables show them; {@code none} stands for no counterpart. */
    public static final List<String> STATUSES = List.of("held", "scheduled", "proposed", "cancelled", "none");

    private Diagnosis() {
    }

    /** A miss or an extra with its cause. */
    public record Cause(String cause, ScoredMeeting meeting, ScoredMeeting counterpart) {
    }

    /**
     * Gold status (rows) against predicted status (columns) for meetings paired by states alone
     * (Jaccard at least 2/3, best first, one to one); unpaired meetings count under {@code none}.
     */
    public static Map<String, Map<String, Integer>> statusConfusion(List<ScoredMeeting> predicted, List<ScoredMeeting> gold) {
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        for (String g : STATUSES) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String p : STATUSES) row.put(p, 0);
            m.put(g, row);
        }
        List<Scorer.Pair> pairs = pairByStates(predicted, gold);
        Set<ScoredMeeting> pp = new HashSet<>();
        Set<ScoredMeeting> gp = new HashSet<>();
        for (Scorer.Pair x : pairs) {
            pp.add(x.predicted());
            gp.add(x.gold());
            m.get(row(x.gold().status())).merge(row(x.predicted().status()), 1, Integer::sum);
        }
        for (ScoredMeeting g : gold) if (!gp.contains(g)) m.get(row(g.status())).merge("none", 1, Integer::sum);
        for (ScoredMeeting p : predicted) if (!pp.contains(p)) m.get("none").merge(row(p.status()), 1, Integer::sum);
        return m;
    }

    private static String row(String status) {
        return STATUSES.contains(status) ? status : "none";
    }

    /** Meetings of one article paired by states alone, best first, one to one. */
    static List<Scorer.Pair> pairByStates(List<ScoredMeeting> predicted, List<ScoredMeeting> gold) {
        List<Scorer.Pair> candidates = new ArrayList<>();
        for (ScoredMeeting p : predicted) {
            for (ScoredMeeting g : gold) {
                if (!p.articleId().equals(g.articleId())) continue;
                double j = p.jaccard(g);
                if (j >= Scorer.MIN_JACCARD - 1e-9) candidates.add(new Scorer.Pair(p, g, j));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scorer.Pair::jaccard).reversed()
                .thenComparing((Scorer.Pair x) -> !x.predicted().status().equals(x.gold().status()))
                .thenComparing(x -> x.predicted().id()).thenComparing(x -> x.gold().id()));
        Set<ScoredMeeting> usedP = new HashSet<>();
        Set<ScoredMeeting> usedG = new HashSet<>();
        List<Scorer.Pair> out = new ArrayList<>();
        for (Scorer.Pair c : candidates) {
            if (usedP.contains(c.predicted()) || usedG.contains(c.gold())) continue;
            usedP.add(c.predicted());
            usedG.add(c.gold());
            out.add(c);
        }
        return out;
    }

    /** Recall per gold level and precision per predicted level, as "matched/total" counts. */
    public static Map<String, int[]> byLevel(Scorer.Result r, List<ScoredMeeting> predicted, List<ScoredMeeting> gold) {
        Map<String, int[]> out = new TreeMap<>();
        Set<ScoredMeeting> mg = new HashSet<>();
        Set<ScoredMeeting> mp = new HashSet<>();
        for (Scorer.Pair p : r.matches()) {
            mg.add(p.gold());
            mp.add(p.predicted());
        }
        for (ScoredMeeting g : gold) {
            int[] c = out.computeIfAbsent(level(g), k -> new int[4]);
            c[1]++;
            if (mg.contains(g)) c[0]++;
        }
        for (ScoredMeeting p : predicted) {
            int[] c = out.computeIfAbsent(level(p), k -> new int[4]);
            c[3]++;
            if (mp.contains(p)) c[2]++;
        }
        return out;
    }

    private static String level(ScoredMeeting m) {
        return m.level() == null ? "unknown" : m.level();
    }

    /** Every miss and every extra of a scoring, with why it did not match, sorted by cause. */
    public static List<Cause> causes(Scorer.Result r, List<ScoredMeeting> predicted, List<ScoredMeeting> gold) {
        List<Cause> out = new ArrayList<>();
        for (ScoredMeeting g : r.missed()) out.add(cause(g, r.extra(), predicted, true));
        for (ScoredMeeting p : r.extra()) out.add(cause(p, r.missed(), gold, false));
        out.sort(Comparator.comparing(Cause::cause).thenComparing(c -> c.meeting().articleId()).thenComparing(c -> c.meeting().id()));
        return out;
    }

    private static Cause cause(ScoredMeeting m, List<ScoredMeeting> unmatchedOthers, List<ScoredMeeting> allOthers, boolean missed) {
        String side = missed ? "missed" : "extra";
        List<ScoredMeeting> same = allOthers.stream().filter(o -> o.articleId().equals(m.articleId())).toList();
        if (same.isEmpty()) return new Cause(side + ": nothing " + (missed ? "predicted" : "in gold") + " for the article", m, null);
        ScoredMeeting best = null;
        double bestJ = -1;
        for (ScoredMeeting o : unmatchedOthers) {
            if (!o.articleId().equals(m.articleId())) continue;
            double j = m.jaccard(o);
            if (j > bestJ) {
                bestJ = j;
                best = o;
            }
        }
        if (best != null && bestJ >= Scorer.MIN_JACCARD - 1e-9) return new Cause(side + ": status differs", m, best);
        if (best != null && bestJ > 0) return new Cause(side + ": states differ", m, best);
        return new Cause(side + ": no counterpart", m, null);
    }
}
