package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.diplokg.rdf.vocab.DKG;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static Report report(String published, org.apache.jena.graph.Node status, String date) {
        return new Report(NodeFactory.createURI("https://example.org/r"), NodeFactory.createURI("https://example.org/a"), "a",
                Optional.ofNullable(published).map(LocalDate::parse), status, Optional.empty(), List.of(), Optional.ofNullable(date),
                Optional.empty(), Set.of(), Set.of(), Set.of(), Map.of());
    }

    @Test
    void aStatedDateGivesItsDaysAndTheMonthOfPublicationCountsAsNoDate() {
        assertEquals("2025-03-09..2025-03-11", TimeWindow.of(report("2025-04-02", DKG.Held, "2025-03-10")).orElseThrow().toString());
        assertEquals(new TimeWindow(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")),
                TimeWindow.of(report("2025-04-02", DKG.Held, "2025-03")).orElseThrow());
        // "2025-04" in an article of 2 April 2025: the scheduled meeting may fall in May; the tense's window holds
        assertEquals(new TimeWindow(LocalDate.parse("2025-04-02"), LocalDate.parse("2025-04-02").plusDays(Thresholds.SCHEDULED_HORIZON_DAYS)),
                TimeWindow.of(report("2025-04-02", DKG.Scheduled, "2025-04")).orElseThrow());
        assertEquals(Optional.empty(), TimeWindow.of(report(null, DKG.Held, null)));
    }
}
