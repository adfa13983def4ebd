package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** B-cubed and the status check of the events score on small hand-computed cases. */
class GroupingScorerTest {
    @Test
    void bcubedOfAKnownClustering() {
        // gold: {a,b,c} {d}; predicted: {a,b} {c,d}
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        GroupingScorer.BCubed b = GroupingScorer.bcubed(List.of("a", "b", "c", "d"), gold, predicted);
        // precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
        assertEquals(0.75, b.precision(), 1e-9);
        assertEquals(2.0 / 3, b.recall(), 1e-9);
        assertEquals(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), b.f1(), 1e-9);
    }

    static ScoredMeeting m(String article, String id, String status, String... states) {
        return new ScoredMeeting(article, id, status, Set.of(states), Set.of(), null, null, "");
    }

    @Test
    void reportsAreMatchedPerArticleAndUnfoundOnesCountAsSingletons() {
        List<GoldEvent> events = List.of(
                new GoldEvent("e1", "summit", "held", List.of(new GoldEvent.Report("a1", "m1", "2024-01-01", "scheduled"),
                        new GoldEvent.Report("a2", "m1", "2024-01-05", "held"), new GoldEvent.Report("a3", "m1", "2024-01-06", "held"))),
                new GoldEvent("e2", "later", "held", List.of(new GoldEvent.Report("a3", "m2", "2024-01-06", "held"))));
        List<ScoredMeeting> gold = List.of(m("a1", "m1", "scheduled", "Q30", "Q148"), m("a2", "m1", "held", "Q30", "Q148"),
                m("a3", "m1", "held", "Q30", "Q148"), m("a3", "m2", "held", "Q30", "Q17"));
        List<Predictions.Grouped> predicted = List.of(
                new Predictions.Grouped(m("a1", "r1", "scheduled", "Q30", "Q148"), "M1", "held"),
                new Predictions.Grouped(m("a2", "r2", "held", "Q30", "Q148"), "M1", "held"),
                // wrong status: a3/m1 is not found
                new Predictions.Grouped(m("a3", "r3", "proposed", "Q30", "Q148"), "M2", "proposed"),
                new Predictions.Grouped(m("a3", "r4", "held", "Q30", "Q17"), "M3", "held"));
        GroupingScorer.Result r = GroupingScorer.score(events, gold, predicted);
        assertEquals(4, r.goldReports());
        assertEquals(3, r.found());
        assertEquals(1.0, r.overFound().precision(), 1e-9);
        assertEquals(1.0, r.overFound().recall(), 1e-9);
        // over all: a1, a2 recall 2/3, a3/m1 (singleton) 1/3, a3/m2 1
        assertEquals(1.0, r.overAll().precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, r.overAll().recall(), 1e-9);
        assertEquals(1, r.statuses().size());
        assertEquals("held", r.statuses().get(0).predicted());
        assertEquals(1, r.statusRight());
    }
}
