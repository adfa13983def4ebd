package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class FrameRulesTest {
    @Test
    void referencesToAMeetingToldBefore() {
        assertTrue(FrameRules.OCCURRENCE.test("The talks took place in Geneva."));
        assertFalse(FrameRules.OCCURRENCE.test("The talks will take place in Geneva."));
        assertTrue(FrameRules.SEPARATE.test("In a separate meeting, Blinken met Wang."));
        assertTrue(FrameRules.SEPARATE.test("The two leaders last met in Lima."));
        assertTrue(FrameRules.SEPARATE.test("They will meet again in May."));
        assertFalse(FrameRules.SEPARATE.test("The leaders met in Lima."));
        assertTrue(FrameRules.RECOLLECTION.test("The last time we met was in Costa Rica."));
        assertTrue(FrameRules.RECOLLECTION.test("We met recently at the Asia-Europe Meeting in Brussels."));
        assertTrue(FrameRules.RECOLLECTION.test("I remember our first meeting was in Jakarta."));
        assertFalse(FrameRules.RECOLLECTION.test("In the last two months, we had opportunities to meet."));
        assertFalse(FrameRules.RECOLLECTION.test("Once again, welcome to Russia."));
        assertFalse(FrameRules.RECOLLECTION.test("We had very good talks today."));
        assertTrue(FrameRules.BILATERAL.test("Prime Minister Takaichi held summit meetings with Australia and the Philippines."));
        assertFalse(FrameRules.BILATERAL.test("The leaders held a meeting with the Secretary-General."));
        assertTrue(FrameRules.DEFINITE_TRIGGER.test("lend legitimacy to the meeting"));
        assertTrue(FrameRules.DEFINITE_TRIGGER.test("during this trilateral summit"));
        assertFalse(FrameRules.DEFINITE_TRIGGER.test("the leaders held talks"));
        assertTrue(FrameRules.SERIES.test("the 6th meeting of the Joint Commission"));
        assertTrue(FrameRules.SERIES.test("the next round of talks"));
        assertFalse(FrameRules.SERIES.test("a meeting of the Joint Commission"));
    }

    @Test
    void wordsThatCountOrPlaceTheParties() {
        assertTrue(FrameRules.TRILATERAL.test("a three-way meeting"));
        assertFalse(FrameRules.TRILATERAL.test("a bilateral meeting"));
        assertTrue(FrameRules.BILATERAL.test("a one-on-one meeting"));
        assertFalse(FrameRules.BILATERAL.test("a trilateral meeting"));
        assertTrue(FrameRules.HOSTING.test("Erdogan welcomed his counterpart"));
        assertFalse(FrameRules.HOSTING.test("Erdogan met his counterpart"));
        assertTrue(FrameRules.SUMMIT.test("the G20 Summit"));
        assertFalse(FrameRules.SUMMIT.test("the summitry of the G20"));
        assertTrue(FrameRules.COUNTERPARTS_OF.test(" with the Foreign Ministers of the UAE and Saudi Arabia"));
        assertTrue(FrameRules.COUNTERPARTS_OF.test(" with heads of state from Africa"));
        assertFalse(FrameRules.COUNTERPARTS_OF.test(" with the Foreign Minister of the UAE"));
    }

    @Test
    void partiesCountedByAWord() {
        assertEquals(3, FrameRules.numbered("the three countries' leaders met"));
        assertEquals(2, FrameRules.numbered("both sides agreed"));
        assertEquals(2, FrameRules.numbered("both two sides agreed"));
        assertEquals(0, FrameRules.numbered("the countries agreed"));
        assertEquals(0, FrameRules.numbered("three countries agreed"));
    }

    @Test
    void aPronounSubjectInARange() {
        String s = "Xi arrived. He then met Lula; THE END";
        assertEquals(Optional.of(new TextSpan(12, 14)), FrameRules.pronoun(s, 0, s.length()));
        assertEquals(Optional.empty(), FrameRules.pronoun(s, 0, 11));
        assertEquals(Optional.empty(), FrameRules.pronoun("SHE met them; the heads met", 0, 27));
    }
}
