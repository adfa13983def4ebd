package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WindowRulesTest {
    private static String window(String clause) {
        return clause.substring(0, WindowRules.topicStart(clause, 0)).strip();
    }

    @Test
    void theTopicStartsWhereTheParticipantsEnd() {
        assertEquals("Xi met Biden", window("Xi met Biden to discuss trade."));
        assertEquals("Xi plans to meet Biden", window("Xi plans to meet Biden amid tension."));
        assertEquals("They held talks", window("They held talks on North Korea's missile tests."));
        assertEquals("They met on Monday", window("They met on Monday"));
        assertEquals("a summit on migration with Peru and Bolivia", window("a summit on migration with Peru and Bolivia"));
        assertEquals("Xi met Biden", window("Xi met Biden, which was a surprise."));
        assertEquals("Xi met Biden", window("Xi met Biden, officials in Beijing said."));
        assertFalse(WindowRules.TOPIC_STARTS.isEmpty());
    }

    @Test
    void aLeadingAttributionIsNotAParty() {
        String s = "Officials said that Xi met Biden.";
        assertEquals(s.indexOf("Xi"), WindowRules.afterAttribution(s, s.indexOf("met")));
        String t = "According to the ministry, Xi met Biden.";
        assertEquals(t.indexOf("Xi"), WindowRules.afterAttribution(t, t.indexOf("met")));
        assertEquals(-1, WindowRules.afterAttribution("Xi met Biden.", 3));
    }
}
