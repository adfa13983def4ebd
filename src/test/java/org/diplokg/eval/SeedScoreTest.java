package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.SeedCorpus;
import org.diplokg.link.LinkedEntity;
import org.diplokg.link.LinkedMeeting;
import org.diplokg.pipeline.ArticleResult;
import org.junit.jupiter.api.Test;

/** The extraction targets of the project, measured on the seed corpus with the gold scoring rule. */
class SeedScoreTest {
    private static Scorer.Result score() throws Exception {
        List<String> ids = new ArrayList<>();
        List<ScoredMeeting> gold = GoldReader.readFolder(SeedCorpus.GOLD, ids);
        return Scorer.score(Predictions.of(SeedCorpus.batch().results()), gold);
    }

    @Test
    void meetingF1AndPeopleF1MeetTargets() throws Exception {
        Scorer.Result r = score();
        assertEquals(18, r.gold());
        assertTrue(r.f1() >= 0.90, "meeting F1 " + r.f1() + " missed " + r.missed() + " extra " + r.extra());
        assertTrue(r.peopleF1() >= 0.90, "people F1 " + r.peopleF1());
        assertTrue(r.placeAccuracy() >= 0.75, "place accuracy " + r.placeAccuracy());
    }

    @Test
    void noMeetingHasFewerThanTwoStates() {
        for (ArticleResult a : SeedCorpus.batch().results()) {
            for (LinkedMeeting m : a.meetings()) {
                assertTrue(m.states().size() >= 2, a.article().id() + ": " + m);
            }
        }
    }

    @Test
    void kualaLumpurMeetingIsFoundWithItsParticipantsAndGathering() {
        LinkedMeeting kl = SeedCorpus.batch().results().stream()
                .filter(r -> r.article().id().equals("002_1ae532e356957e87"))
                .flatMap(r -> r.meetings().stream())
                .filter(m -> m.place().map(LinkedEntity::label).orElse("").equals("Kuala Lumpur"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("Q30", "Q17", "Q884"), Set.copyOf(kl.states().stream().map(s -> s.qid().orElseThrow()).toList()));
        assertEquals("held", kl.meeting().status().label());
        assertEquals(Set.of("Marco Rubio", "Takeshi Iwaya", "Park Yoon-joo"),
                Set.copyOf(kl.participants().stream().map(p -> p.person().label()).toList()));
        assertEquals("ASEAN Foreign Ministers’ Meetings", kl.gathering().orElseThrow().label());
        assertEquals("Q7768", kl.convenor().orElseThrow().qid().orElseThrow());
    }

    @Test
    void scorerMatchesBestFirstOneToOne() {
        ScoredMeeting g1 = new ScoredMeeting("a", "g1", "held", Set.of("Q1", "Q2", "Q3"), Set.of("P1"), "X", null, "");
        ScoredMeeting g2 = new ScoredMeeting("a", "g2", "held", Set.of("Q1", "Q2"), Set.of(), null, "2020", "");
        ScoredMeeting p1 = new ScoredMeeting("a", "p1", "held", Set.of("Q1", "Q2"), Set.of(), null, "2020", "");
        ScoredMeeting p2 = new ScoredMeeting("a", "p2", "held", Set.of("Q1", "Q2", "Q3"), Set.of("P1", "P2"), "X", null, "");
        ScoredMeeting p3 = new ScoredMeeting("a", "p3", "proposed", Set.of("Q1", "Q2", "Q3"), Set.of(), null, null, "");
        Scorer.Result r = Scorer.score(List.of(p1, p2, p3), List.of(g1, g2));
        assertEquals(2, r.matches().size());
        assertEquals(List.of(p3), r.extra());
        assertEquals(1, r.peopleTp());
        assertEquals(1, r.peopleFp());
        assertEquals(1.0, r.placeAccuracy());
        assertEquals(1.0, r.dateAccuracy());
        assertEquals(2.0 / 3, r.precision(), 1e-9);
    }
}
