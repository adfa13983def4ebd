package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Slug;
import org.diplokg.extract.rules.SentenceSplitter;
import org.junit.jupiter.api.Test;

class SplittingAndNamingTest {
    @Test
    void sentencesSplitAtStopsButNotAtInitialsOrTitles() {
        String t = "U.S. Secretary Blinken met Mr. Wang in Washington, D.C. on Friday. They talked. \"Good,\" he said.";
        List<String> s = SentenceSplitter.split(t, new TextSpan(0, t.length())).stream().map(x -> t.substring(x.begin(), x.end())).toList();
        assertEquals(List.of("U.S. Secretary Blinken met Mr. Wang in Washington, D.C. on Friday.", "They talked.", "\"Good,\" he said."), s);
    }

    @Test
    void aTimeOfDayWithItsZoneStaysInItsSentence() {
        String t = "On May 7, at 11:10 a.m. (local time) and 5:10 p.m. JST, Mr. Hayashi held talks. At 6 p.m. The talks ended.";
        List<String> s = SentenceSplitter.split(t, new TextSpan(0, t.length())).stream().map(x -> t.substring(x.begin(), x.end())).toList();
        assertEquals(List.of("On May 7, at 11:10 a.m. (local time) and 5:10 p.m. JST, Mr. Hayashi held talks.", "At 6 p.m.", "The talks ended."), s);
    }

    @Test
    void aLineWithoutStopsIsCutIntoBoundedSentences() {
        String t = "word, ".repeat(2000);
        List<TextSpan> s = SentenceSplitter.split(t, new TextSpan(0, t.length()));
        assertTrue(s.size() >= 12, "pieces: " + s.size());
        assertTrue(s.stream().allMatch(x -> x.length() <= 1001), "every piece is bounded");
        assertEquals(t.strip().length(), s.get(s.size() - 1).end() - s.get(0).begin() + 0 * 1, "nothing is lost");
    }

    @Test
    void namesInOtherScriptsGetDistinctSlugs() {
        assertEquals("park-yoon-joo", Slug.of("Park Yoon-joo"));
        assertEquals("yoko-kamikawa", Slug.of("Yōko Kamikawa"));
        String a = Slug.of("Сергей Рябков");
        String b = Slug.of("Андрей Руденко");
        assertNotEquals(a, b);
        assertTrue(a.matches("n-[0-9a-f]{12}"), a);
        assertEquals(a, Slug.of(" Сергей Рябков "));
    }
}
