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
    @Test
    void levelsDisagreeOnlyWhenOneStateIsGivenTwoLevels() {
        Draft visit = draft(MeetingStatus.SCHEDULED, "Q27", "Q114");
        visit.parties.get(state("Q27")).levels.add(MeetingLevel.MINISTERS);
        Draft talks = draft(MeetingStatus.SCHEDULED, "Q27", "Q114");
        talks.parties.get(state("Q27")).levels.add(MeetingLevel.MINISTERS);
        talks.parties.get(state("Q114")).levels.add(MeetingLevel.LEADERS);
        assertEquals(1, merged(visit, talks).size(), "the Tánaiste's visit to Kenya and his meeting with Kenya's President");
        Draft summit = draft(MeetingStatus.SCHEDULED, "Q27", "Q114");
        summit.parties.get(state("Q27")).levels.add(MeetingLevel.LEADERS);
        assertEquals(2, merged(visit, summit).size(), "Ireland's minister and Ireland's leader: two meetings");
    }

    @Test
    void aSeparateMeetingJoinsOnlyAnotherTellingUnderItsName() {
        Draft caption = draft(MeetingStatus.HELD, "Q17", "Q79");
        caption.separate = true;
        caption.name = "japan-egypt summit meeting";
        Draft again = draft(MeetingStatus.HELD, "Q17", "Q79");
        again.separate = true;
        again.name = "japan-egypt summit meeting";
        Draft other = draft(MeetingStatus.HELD, "Q17", "Q79");
        other.separate = true;
        other.name = "japan-egypt foreign ministers' meeting";
        Draft unnamed = draft(MeetingStatus.HELD, "Q17", "Q79");
        unnamed.separate = true;
        assertEquals(3, merged(caption, again, other, unnamed).size());
    }

    private static String state(String qid) {
        return SeedCorpus.gazetteer().state(qid).orElseThrow().iri();
    }
}
