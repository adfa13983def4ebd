package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenSeq;
import org.junit.jupiter.api.Test;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.LangPatterns;

/** The patterns of {@code lang/en/actors.rules}, each on the kind of text ActorRules gives it. */
class ActorPatternsTest {
    private static final LangPatterns EN = LangPatterns.load("en", "actors.rules");

    private static boolean test(String rule, String text) {
        return EN.test(rule, text);
    }

    /** What a pattern matched in {@code text}, or null. */
    private static String found(String rule, String group, String text) {
        Match m = EN.pattern(rule).find(TokenSeq.of(text));
        if (m == null) return null;
        TextSpan s = group == null ? m.span() : m.group(group);
        return text.substring(s.begin(), s.end());
    }

    @Test
    void gapsBetweenMentions() {
        assertTrue(test("adjacent", " "));
        assertTrue(test("adjacent", "’s "));
        assertFalse(test("adjacent", " and "));
        assertFalse(test("adjacent", "' s "));

        assertTrue(test("list-gap", ", "));
        assertTrue(test("list-gap", ", and the "));
        assertTrue(test("list-gap", " as well as "));
        assertTrue(test("list-gap", " / "));
        assertFalse(test("list-gap", " And "));
        assertFalse(test("list-gap", " or "));

        assertTrue(test("of-gap", " of the "));
        assertTrue(test("of-gap", " From "));
        assertFalse(test("of-gap", "of "));
        assertFalse(test("of-gap", " in "));

        assertTrue(test("of-state", ", of "));
        assertTrue(test("of-state", " of the "));
        assertFalse(test("of-state", ",of "));
        assertFalse(test("of-state", " from "));
    }

    @Test
    void whatStandsBeforeAMention() {
        assertTrue(test("locative", "held talks in "));
        assertTrue(test("locative", "flew to the "));
        assertFalse(test("locative", "talks with "));
        assertFalse(test("locative", "within "));

        assertTrue(test("state-locative", "travelled throughout "));
        assertFalse(test("state-locative", "flew to "));

        assertTrue(test("definite", "met the "));
        assertFalse(test("definite", "met a "));
        assertFalse(test("definite", "the new "));

        assertTrue(test("visit-to", "a visit to "));
        assertTrue(test("visit-to", "travelled by helicopter to "));
        assertTrue(test("visit-to", "who arrived in the "));
        assertFalse(test("visit-to", "a visit with "));
        assertFalse(test("visit-to", "revisited "));

        assertTrue(test("place-appositive", "the summit in Kananaskis, "));
        assertTrue(test("place-appositive", "talks at the Élysée Palace, "));
        assertFalse(test("place-appositive", "the summit in Kananaskis and "));
        assertFalse(test("place-appositive", "leaders In Kananaskis, "));
    }

    @Test
    void whatStandsAfterAMention() {
        assertTrue(test("head-noun", " counterparts"));
        assertTrue(test("head-noun", " and trade-related delegations"));
        assertTrue(test("head-noun", " foreign ministry said"));
        assertFalse(test("head-noun", " economy grew"));
        assertFalse(test("head-noun", "counterparts"));
        assertFalse(test("head-noun", " 2024 delegation"));

        assertEquals("capital", found("capital-noun", null, " capital, Tokyo"));
        assertNull(found("capital-noun", null, " capitals"));
    }

    @Test
    void titlesAndNames() {
        assertTrue(test("plural-title", "Foreign Ministers"));
        assertFalse(test("plural-title", "Foreign Minister"));

        assertEquals("Ruto", found("unknown-name", "name", " Ruto said"));
        assertEquals("Abdullah bin Zayed Al Nahyan", found("unknown-name", "name", " Abdullah bin Zayed Al Nahyan, who"));
        assertEquals("Jean-Pierre O'Brien", found("unknown-name", "name", " Jean-Pierre O'Brien, who"));
        assertNull(found("unknown-name", "name", " said Ruto"));
        assertNull(found("unknown-name", "name", "Ruto"));

        assertEquals("’s", found("possessive", null, "Modi’s"));
        assertNull(found("possessive", null, "Modi"));
        assertTrue(Lexicon.words("en/not-names.txt").contains("The"));
    }
}
