package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DiagnosisTest {
    static ScoredMeeting m(String article, String id, String status, String level, String... states) {
        return new ScoredMeeting(article, id, status, Set.of(states), Set.of(), null, null, "", level);
    }

    @Test
    void confusionPairsByStatesAndCausesNameWhyNothingMatched() {
        List<ScoredMeeting> gold = List.of(m("a", "g1", "held", "leaders", "Q1", "Q2"), m("a", "g2", "scheduled", "ministers", "Q1", "Q3"),
                m("b", "g3", "held", null, "Q4", "Q5"));
        List<ScoredMeeting> pred = List.of(m("a", "p1", "held", "leaders", "Q1", "Q2"), m("a", "p2", "held", "ministers", "Q1", "Q3"),
                m("a", "p3", "proposed", null, "Q7", "Q8"));
        Scorer.Result r = Scorer.score(pred, gold);
        Map<String, Map<String, Integer>> c = Diagnosis.statusConfusion(pred, gold);
        assertEquals(1, c.get("held").get("held"));
        assertEquals(1, c.get("scheduled").get("held"));
        assertEquals(1, c.get("held").get("none"));
        assertEquals(1, c.get("none").get("proposed"));
        List<String> causes = Diagnosis.causes(r, pred, gold).stream().map(x -> x.cause() + " " + x.meeting().id()).toList();
        assertEquals(List.of("extra: no counterpart p3", "extra: status differs p2", "missed: nothing predicted for the article g3",
                "missed: status differs g2"), causes);
        Map<String, int[]> levels = Diagnosis.byLevel(r, pred, gold);
        assertEquals(List.of(1, 1, 1, 1), List.of(levels.get("leaders")[0], levels.get("leaders")[1], levels.get("leaders")[2], levels.get("leaders")[3]));
        assertEquals(0, levels.get("ministers")[0]);
    }
}
