package org.diplokg.extract.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.annotate.LinguisticAnnotator;
import org.diplokg.extract.rules.StatusRules;
import org.junit.jupiter.api.Test;

/** The rule, the learned back-up and where the back-up may overrule. */
class LearnedStatusDeciderTest {
    static final MeetingStatus H = MeetingStatus.HELD;
    static final MeetingStatus S = MeetingStatus.SCHEDULED;
    static final MeetingStatus P = MeetingStatus.PROPOSED;
    static final MeetingStatus C = MeetingStatus.CANCELLED;

    static StatusContext context(String sentence, String published) {
        TextSpan all = new TextSpan(0, sentence.length());
        return new StatusContext(all, sentence, sentence, sentence, sentence, "t", Optional.ofNullable(published).map(LocalDate::parse),
                () -> LinguisticAnnotator.words(sentence, all));
    }

    @Test
    void theRuleDeciderIsTheStatusRules() {
        for (String s : List.of("Modi met Biden on Monday.", "Modi will visit Washington next week.",
                "Modi hopes to visit Washington.", "The summit was called off.")) {
            assertEquals(StatusRules.decide(s, s, s, s), StatusDecider.RULES.decide(context(s, "2024-01-10")), s);
        }
        assertEquals("rules", StatusDecider.named("rules").name());
        assertEquals("learned", StatusDecider.named("learned").name());
        assertThrows(IllegalArgumentException.class, () -> StatusDecider.named("oracle"));
    }

    @Test
    void theModelOverrulesOnlyWhenSureEnoughAndWithinItsScope() {
        Map<MeetingStatus, Double> sureScheduled = Map.of(H, 0.1, S, 0.8, P, 0.05, C, 0.05);
        EnumSet<MeetingStatus> all = EnumSet.allOf(MeetingStatus.class);
        assertEquals(S, LearnedStatusDecider.overrule(H, sureScheduled, 0.7, all));
        assertEquals(H, LearnedStatusDecider.overrule(H, sureScheduled, 0.9, all), "not sure enough");
        assertEquals(S, LearnedStatusDecider.overrule(H, sureScheduled, 0.7, LearnedStatusDecider.SCOPE));
        assertEquals(P, LearnedStatusDecider.overrule(P, sureScheduled, 0.7, LearnedStatusDecider.SCOPE), "a proposal is the rule's");
        Map<MeetingStatus, Double> sureCancelled = Map.of(H, 0.05, S, 0.05, P, 0.05, C, 0.85);
        assertEquals(H, LearnedStatusDecider.overrule(H, sureCancelled, 0.7, LearnedStatusDecider.SCOPE), "nor may it cancel");
        assertEquals(C, LearnedStatusDecider.overrule(H, sureCancelled, 0.7, all));
        // a tie goes to the rule
        assertEquals(P, LearnedStatusDecider.overrule(P, Map.of(H, 0.5, P, 0.5), 0, all));
        assertThrows(IllegalArgumentException.class, () -> new LearnedStatusDecider(StatusModel.train(StatusModelTest.tiny()), 1.5, all));
    }

    @Test
    void aModelThatLearnedTomorrowTurnsTheRulesHeldIntoScheduled() {
        // "before the summit in London tomorrow": no schedule cue for the rule, a day after the publication for the model
        List<StatusModel.Example> ex = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ex.add(new StatusModel.Example(new String[] {"rule=held", "date:s=future", "rule=held&date:s=future", "x" + i}, S));
            ex.add(new StatusModel.Example(new String[] {"rule=held", "date:s=past", "rule=held&date:s=past", "y" + i}, H));
            ex.add(new StatusModel.Example(new String[] {"rule=proposed", "date:s=future", "z" + i}, P));
        }
        LearnedStatusDecider d = new LearnedStatusDecider(StatusModel.train(ex), 0.7, LearnedStatusDecider.SCOPE);
        StatusContext ahead = context("The talks come before the summit in London on 12 January 2024.", "2024-01-10");
        StatusContext past = context("The talks come after the summit in London on 2 January 2024.", "2024-01-10");
        assertEquals(H, StatusDecider.RULES.decide(ahead));
        assertEquals(S, d.decide(ahead));
        assertEquals(H, d.decide(past));
    }
}
