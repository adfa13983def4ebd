package org.diplokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The driver's blocking (one sweep per pair of states) gives the components of pairwise overlap, as the resolver's blocks. */
class MeetingStageTest {
    @Test
    void sweepGivesTheComponentsOfPairwiseOverlap() {
        SplittableRandom rnd = new SplittableRandom(13);
        String[] states = {"A", "B", "C", "D", "E"};
        for (int round = 0; round < 20; round++) {
            List<MeetingStage.ReportKey> keys = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                List<String> pairs = new ArrayList<>();
                int a = rnd.nextInt(states.length);
                int b = rnd.nextInt(states.length);
                if (a != b) pairs.add(states[Math.min(a, b)] + " " + states[Math.max(a, b)]);
                if (rnd.nextInt(5) == 0) pairs.add("A E");
                LocalDate from = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(400));
                LocalDate to = from.plusDays(rnd.nextInt(20));
                boolean dated = rnd.nextInt(10) != 0;
                keys.add(new MeetingStage.ReportKey(String.format("r%03d", i), "a" + (i / 2), dated ? from.toString() : null,
                        dated ? to.toString() : null, pairs));
            }
            assertEquals(bruteForce(keys), MeetingStage.articlesByBlock(keys), "round " + round);
        }
    }

    @Test
    void anArticleGoesToTheBlockOfEachOfItsReports() {
        List<MeetingStage.ReportKey> keys = List.of(
                new MeetingStage.ReportKey("r1", "x", "2024-01-01", "2024-01-31", List.of("A B")),
                new MeetingStage.ReportKey("r2", "x", "2024-06-01", "2024-06-01", List.of("A B")),
                new MeetingStage.ReportKey("r3", "y", "2024-01-20", "2024-02-10", List.of("A B", "A C", "B C")),
                new MeetingStage.ReportKey("r4", "z", "2024-02-05", "2024-02-05", List.of("B C")));
        // r1-r3 overlap on A B, r3-r4 on B C: one block anchored at r1; r2 alone
        assertEquals(List.of(Map.entry("x", "r1"), Map.entry("x", "r2"), Map.entry("y", "r1"), Map.entry("z", "r1")),
                MeetingStage.articlesByBlock(keys));
        assertTrue(MeetingStage.articlesByBlock(List.of()).isEmpty());
    }

    /** Components of "share a pair and the windows overlap", compared pairwise, as Resolver.blocks does. */
    private static List<Map.Entry<String, String>> bruteForce(List<MeetingStage.ReportKey> keys) {
        int n = keys.size();
        int[] comp = new int[n];
        for (int i = 0; i < n; i++) comp[i] = i;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j || comp[i] == comp[j] || !linked(keys.get(i), keys.get(j))) continue;
                    int m = Math.min(comp[i], comp[j]);
                    comp[i] = m;
                    comp[j] = m;
                    changed = true;
                }
            }
        }
        Map<Integer, String> anchor = new TreeMap<>();
        for (int i = 0; i < n; i++) anchor.merge(comp[i], keys.get(i).report(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        TreeSet<Map.Entry<String, String>> out = new TreeSet<>(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        for (int i = 0; i < n; i++) out.add(Map.entry(keys.get(i).article(), anchor.get(comp[i])));
        return List.copyOf(out);
    }

    private static boolean linked(MeetingStage.ReportKey a, MeetingStage.ReportKey b) {
        if (a.from() == null || b.from() == null) return false;
        boolean sharePair = a.pairs().stream().anyMatch(b.pairs()::contains);
        return sharePair && a.from().compareTo(b.to()) <= 0 && b.from().compareTo(a.to()) <= 0;
    }
}
