package org.diplokg.extract.status;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplokg.extract.MeetingStatus;
import org.junit.jupiter.api.Test;

/** The maximum-entropy status model on a tiny fixed set: it learns the obvious, and learns it the same way every time. */
class StatusModelTest {
    /** Held reports say "met", schedules "will", proposals "hope"; each seen five times with a little noise. */
    static List<StatusModel.Example> tiny() {
        List<StatusModel.Example> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(new StatusModel.Example(new String[] {"w=met", "date:s=past", "n" + i}, MeetingStatus.HELD));
            out.add(new StatusModel.Example(new String[] {"v=will", "date:s=future", "n" + i}, MeetingStatus.SCHEDULED));
            out.add(new StatusModel.Example(new String[] {"w=hope", "cue:w:proposed", "n" + i}, MeetingStatus.PROPOSED));
        }
        return out;
    }

    @Test
    void predictsTheObviousLabels() {
        StatusModel m = StatusModel.train(tiny());
        assertEquals(MeetingStatus.HELD, m.best(new String[] {"w=met", "date:s=past"}));
        assertEquals(MeetingStatus.SCHEDULED, m.best(new String[] {"v=will", "date:s=future"}));
        assertEquals(MeetingStatus.PROPOSED, m.best(new String[] {"w=hope"}));
        Map<MeetingStatus, Double> p = m.probabilities(new String[] {"v=will", "date:s=future"});
        assertEquals(3, p.size(), "only the statuses it was shown");
        assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(p.get(MeetingStatus.SCHEDULED) > 0.7, p.toString());
    }

    @Test
    void twoTrainingsGiveTheSameModelByteForByte() {
        byte[] a = StatusModel.train(tiny()).bytes();
        byte[] b = StatusModel.train(tiny()).bytes();
        assertArrayEquals(a, b);
        StatusModel.Settings gis = new StatusModel.Settings("MAXENT", 50, 1, 0);
        assertArrayEquals(StatusModel.train(tiny(), gis).bytes(), StatusModel.train(tiny(), gis).bytes());
    }

    @Test
    void aModelReadBackGivesTheSameProbabilities() throws Exception {
        StatusModel m = StatusModel.train(tiny());
        StatusModel back = StatusModel.read(new ByteArrayInputStream(m.bytes()));
        String[] f = {"w=met", "v=will"};
        assertEquals(m.probabilities(f), back.probabilities(f));
    }

    @Test
    void noExamplesNoModel() {
        assertThrows(IllegalArgumentException.class, () -> StatusModel.train(List.of()));
    }

    @Test
    void theBundledModelLoadsAndKnowsEveryStatus() {
        Map<MeetingStatus, Double> p = StatusModel.bundled().probabilities(new String[] {"rule=held"});
        assertEquals(MeetingStatus.values().length, p.size());
        assertEquals(MeetingStatus.HELD, StatusModel.bundled().best(new String[] {"rule=held", "date:s=past"}));
    }
}
