package org.diplokg.extract.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplokg.extract.MeetingStatus;
import org.junit.jupiter.api.Test;

class StatusCrossValidationTest {
    /** Ten articles; the rule calls everything held, the word "will" tells a schedule. */
    static List<StatusCrossValidation.Case> cases() {
        List<StatusCrossValidation.Case> out = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            out.add(new StatusCrossValidation.Case("a" + a, new String[] {"rule=held", "v=met"}, MeetingStatus.HELD, MeetingStatus.HELD));
            out.add(new StatusCrossValidation.Case("a" + a, new String[] {"rule=held", "v=will"}, MeetingStatus.SCHEDULED, MeetingStatus.HELD));
        }
        return out;
    }

    @Test
    void theHeldOutModelLearnsWhatTheRuleMisses() {
        StatusCrossValidation.Report r = StatusCrossValidation.run(cases(), 5, 9, StatusModel.Settings.DEFAULT);
        Map<String, StatusCrossValidation.Tally> t = r.tallies(List.of(0.7), null);
        assertEquals(List.of("rules", "model", "backup@0.70", "held/sched@0.70"), List.copyOf(t.keySet()));
        assertEquals(10, t.get("rules").right());
        assertEquals(20, t.get("rules").total());
        assertEquals(0, t.get("rules").right(MeetingStatus.SCHEDULED));
        assertEquals(10, t.get("model").right(MeetingStatus.SCHEDULED));
        assertEquals(20, t.get("held/sched@0.70").right());
        assertEquals(1.0, t.get("model").accuracy());
        boolean[] firstOnly = new boolean[20];
        firstOnly[0] = true;
        assertEquals(1, r.tallies(List.of(), firstOnly).get("rules").total());
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        StatusCrossValidation.Report a = StatusCrossValidation.run(cases(), 3, 4, StatusModel.Settings.DEFAULT);
        StatusCrossValidation.Report b = StatusCrossValidation.run(cases(), 3, 4, StatusModel.Settings.DEFAULT);
        assertEquals(a.heldOut(), b.heldOut());
    }

    @Test
    void foldsMustFitTheArticles() {
        assertThrows(IllegalArgumentException.class, () -> StatusCrossValidation.run(cases(), 11, 9, StatusModel.Settings.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> StatusCrossValidation.run(cases(), 1, 9, StatusModel.Settings.DEFAULT));
    }
}
