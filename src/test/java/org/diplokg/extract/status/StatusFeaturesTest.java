package org.diplokg.extract.status;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.annotate.LinguisticAnnotator;
import org.junit.jupiter.api.Test;

class StatusFeaturesTest {
    static final Optional<LocalDate> PUB = Optional.of(LocalDate.parse("2024-03-15"));

    @Test
    void datesAreReadAgainstThePublicationDate() {
        assertEquals("past", StatusFeatures.when("They met on 2 March 2024.", PUB));
        assertEquals("future", StatusFeatures.when("They will meet on 2 April 2024.", PUB));
        assertEquals("near", StatusFeatures.when("They met today.", PUB));
        assertEquals("near", StatusFeatures.when("They met yesterday.", PUB), "a release is often dated the day after");
        assertEquals("near", StatusFeatures.when("They meet tomorrow.", PUB));
        assertEquals("future", StatusFeatures.when("They meet next month.", PUB));
        assertEquals("open", StatusFeatures.when("They meet on Tuesday.", PUB), "last Tuesday or next: the tense decides");
        assertEquals("none", StatusFeatures.when("They met.", PUB));
        assertEquals("unanchored", StatusFeatures.when("They met on 2 March 2024.", Optional.empty()));
    }

    @Test
    void verbFormsCarryTense() {
        assertEquals("ed", StatusFeatures.form("visited"));
        assertEquals("ing", StatusFeatures.form("Visiting"));
        assertEquals("s", StatusFeatures.form("meets"));
        assertEquals("base", StatusFeatures.form("discuss"));
        assertEquals("base", StatusFeatures.form("will"));
    }

    @Test
    void featuresNameTheRuleItsCuesTheWordsAndTheDates() {
        String text = "Just ahead of it Modi will visit Washington on 2 April 2024.";
        int w = text.indexOf("Modi");
        TextSpan window = new TextSpan(w, text.length());
        StatusContext c = new StatusContext(window, text.substring(w), text.substring(w), text, text, "Modi will visit US", PUB,
                () -> LinguisticAnnotator.words(text, new TextSpan(0, text.length())));
        List<String> f = List.of(StatusFeatures.of(c, MeetingStatus.SCHEDULED));
        assertEquals("rule=scheduled", f.get(0));
        for (String x : List.of("cue:w:scheduled", "cue:w:firm-schedule", "cue:w:timed", "cue:t:scheduled", "w=visit", "v=will",
                "vf=base", "pre=ahead", "date:w=future", "date:s=future", "rule=scheduled&date:w=future", "rule=scheduled&cue:w:timed")) {
            assertTrue(f.contains(x), x + " in " + f);
        }
        assertFalse(f.contains("w=ahead"), "before the window");
        assertFalse(f.contains("cue:w:proposed"));
        assertArrayEquals(StatusFeatures.of(c, MeetingStatus.SCHEDULED), StatusFeatures.of(c, MeetingStatus.SCHEDULED));
    }
}
