package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplokg.SeedCorpus;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.rules.Actor;
import org.junit.jupiter.api.Test;

/** How frames of one meeting merge, and which stay apart. */
class MeetingMergeTest {
    static Draft draft(MeetingStatus status, String... qids) {
        Draft d = new Draft(status);
        for (String q : qids) {
            Entity st = SeedCorpus.gazetteer().state(q).orElseThrow();
            d.add(new Actor(st, Optional.empty(), Optional.empty(), List.of()));
        }
        return d;
    }

    static List<Draft> merged(Draft... frames) {
        List<Draft> out = new ArrayList<>();
        for (Draft f : frames) MeetingMergeAnnotator.merge(out, f, Optional.empty());
        return out;
    }

    @Test
    void aHeadingWithoutATenseTakesTheScheduleToldAfterIt() {
        Draft heading = draft(MeetingStatus.HELD, "Q17", "Q79");
        heading.untensed = true;
        List<Draft> out = merged(heading, draft(MeetingStatus.SCHEDULED, "Q17", "Q79"));
        assertEquals(1, out.size());
        assertEquals(MeetingStatus.SCHEDULED, out.get(0).status);
        // told with a tense, a held meeting and a scheduled one stay two
        assertEquals(2, merged(draft(MeetingStatus.HELD, "Q17", "Q79"), draft(MeetingStatus.SCHEDULED, "Q17", "Q79")).size());
    }

    @Test
    void aRecalledMeetingJoinsOnlyAnotherRecalledOne() {
        Draft talks = draft(MeetingStatus.HELD, "Q148", "Q408");
        Draft recalled = draft(MeetingStatus.HELD, "Q148", "Q408");
        recalled.recalled = true;
        Draft again = draft(MeetingStatus.HELD, "Q148", "Q408");
        again.recalled = true;
        List<Draft> out = merged(talks, recalled, again);
        assertEquals(2, out.size());
        assertEquals(List.of(false, true), out.stream().map(d -> d.recalled).toList());
    }

    @Test
    void aWishJoinsTheScheduleAndTakesIt() {
        List<Draft> out = merged(draft(MeetingStatus.PROPOSED, "Q17", "Q833"), draft(MeetingStatus.SCHEDULED, "Q17", "Q833"));
        assertEquals(1, out.size());
        assertEquals(MeetingStatus.SCHEDULED, out.get(0).status);
    }
}
