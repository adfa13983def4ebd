package org.diplokg.extract.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.diplokg.extract.MeetingStatus;

/**
 * K-fold cross-validation of the learned status against the rule, on labelled contexts. The
 * folds are cut by article (every context of one article falls in the same fold, so the model
 * is never tested on a text it was trained on), in an order fixed by a seed. Each fold's model
 * is trained on the other folds and asked about this one; {@link Report#tallies} then scores the
 * rule, the model alone ({@code model}), and the model as a back-up that overrules the rule only
 * when at least so confident ({@code backup@0.80}), over all statuses or only between held and
 * scheduled ({@code held/sched@0.70}).
 */
public final class StatusCrossValidation {
    /** One labelled context: its article, its features, the gold status and the rule's. */
    public record Case(String article, String[] features, MeetingStatus gold, MeetingStatus rule) {
    }

    /** Right and total per gold status, for one way of deciding. */
    public static final class Tally {
        private final Map<MeetingStatus, int[]> counts = new EnumMap<>(MeetingStatus.class);

        Tally() {
            for (MeetingStatus s : MeetingStatus.values()) counts.put(s, new int[2]);
        }

        void add(MeetingStatus gold, MeetingStatus decided) {
            int[] c = counts.get(gold);
            if (gold == decided) c[0]++;
            c[1]++;
        }

        public int right(MeetingStatus gold) {
            return counts.get(gold)[0];
        }

        public int total(MeetingStatus gold) {
            return counts.get(gold)[1];
        }

        public int right() {
            return counts.values().stream().mapToInt(c -> c[0]).sum();
        }

        public int total() {
            return counts.values().stream().mapToInt(c -> c[1]).sum();
        }

        public double accuracy() {
            return total() == 0 ? Double.NaN : (double) right() / total();
        }
    }

    /** The cases and what the model trained without each case's fold gave each status, in the order of the cases. */
    public record Report(List<Case> cases, List<Map<MeetingStatus, Double>> heldOut) {
        /** What the held-out model alone decides for case {@code i}. */
        public MeetingStatus model(int i) {
            return LearnedStatusDecider.overrule(cases.get(i).rule(), heldOut.get(i), 0);
        }

        /**
         * Tallies of the cases {@code i} with {@code keep[i]} (all when null), in order: {@code rules},
         * {@code model}, {@code backup@T} per confidence, then {@code held/sched@T}, the back-up that
         * only tells held from scheduled ({@link LearnedStatusDecider#SCOPE}).
         */
        public Map<String, Tally> tallies(List<Double> confidences, boolean[] keep) {
            Map<String, Tally> out = new LinkedHashMap<>();
            out.put("rules", new Tally());
            out.put("model", new Tally());
            for (double t : confidences) out.put(backup(t), new Tally());
            for (double t : confidences) out.put(scoped(t), new Tally());
            for (int i = 0; i < cases.size(); i++) {
                if (keep != null && !keep[i]) continue;
                Case c = cases.get(i);
                out.get("rules").add(c.gold(), c.rule());
                out.get("model").add(c.gold(), model(i));
                for (double t : confidences) out.get(backup(t)).add(c.gold(), LearnedStatusDecider.overrule(c.rule(), heldOut.get(i), t));
                for (double t : confidences) {
                    out.get(scoped(t)).add(c.gold(), LearnedStatusDecider.overrule(c.rule(), heldOut.get(i), t, LearnedStatusDecider.SCOPE));
                }
            }
            return out;
        }
    }

    private StatusCrossValidation() {
    }

    /**
     * @param folds  how many folds (at least 2, at most the number of articles)
     * @param seed   fixes which articles go to which fold
     */
    public static Report run(List<Case> cases, int folds, long seed, StatusModel.Settings settings) {
        List<String> articles = new ArrayList<>(new TreeSet<>(cases.stream().map(Case::article).toList()));
        if (folds < 2 || folds > articles.size()) {
            throw new IllegalArgumentException("folds must be from 2 to the number of articles (" + articles.size() + "), not " + folds);
        }
        Collections.shuffle(articles, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) foldOf.put(articles.get(i), i % folds);
        List<Map<MeetingStatus, Double>> heldOut = new ArrayList<>(Collections.nCopies(cases.size(), null));
        for (int k = 0; k < folds; k++) {
            List<StatusModel.Example> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                if (foldOf.get(c.article()) == k) test.add(i);
                else train.add(new StatusModel.Example(c.features(), c.gold()));
            }
            StatusModel m = StatusModel.train(train, settings);
            for (int i : test) heldOut.set(i, m.probabilities(cases.get(i).features()));
        }
        return new Report(List.copyOf(cases), List.copyOf(heldOut));
    }

    public static String backup(double confidence) {
        return String.format(java.util.Locale.ROOT, "backup@%.2f", confidence);
    }

    public static String scoped(double confidence) {
        return String.format(java.util.Locale.ROOT, "held/sched@%.2f", confidence);
    }
}
