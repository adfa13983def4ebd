package org.diplokg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void aMalformedLineIsNamedByFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.table("test-broken.tsv", 2));
        assertEquals("/lang/test-broken.tsv:3: expected 2 tab-separated columns, found 1", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Lexicon.table("no-such-file.tsv", 1));
    }

    @Test
    void phrasesMatchAsWholeWordsLongestFirstAcrossWhiteSpace() {
        Pattern p = Lexicon.anyOf(List.of("met virtually", "met"));
        var m = p.matcher("They met\n virtually today");
        assertTrue(m.find());
        assertEquals("met\n virtually", m.group());
        assertFalse(p.matcher("metropolis").find());
    }

    @Test
    void everyShippedLanguageFileLoads() {
        for (String f : List.of("en/first-person.txt", "en/visit-words.txt", "en/meeting-nouns.txt", "en/remote-contacts.txt",
                "en/trigger-words.txt", "en/counterpart-nouns.txt", "en/joint-words.txt", "en/gathering-nouns.txt",
                "en/list-conjunctions.txt", "en/definite-articles.txt", "en/not-names.txt", "en/widget-lines.txt",
                "en/navigation-lines.txt")) {
            assertFalse(Lexicon.words(f).isEmpty(), f);
        }
        assertFalse(Lexicon.table("en/issuing-bodies.tsv", 2).isEmpty());
        assertFalse(Lexicon.table("any/groups.tsv", 2).isEmpty());
        assertEquals(5, Lexicon.table("en/party-counts.tsv", 2).get(3).number(1, 20));
    }

    @Test
    void aNumberOutOfRangeIsNamedByFileAndLine() {
        List<Lexicon.Row> rows = Lexicon.table("test-broken.tsv", 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rows.get(0).number(1, 20));
        assertEquals("/lang/test-broken.tsv:2: expected a number from 1 to 20, found 'Q1'", e.getMessage());
    }
}
