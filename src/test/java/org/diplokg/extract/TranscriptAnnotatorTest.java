package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Document;
import org.junit.jupiter.api.Test;

/** The meeting a transcript records, from its speakers, its greeting and its title. */
class TranscriptAnnotatorTest {
    static Article transcript(String source, String title, String text) {
        return transcript(source, title, text, "2016-09-06");
    }

    static Article transcript(String source, String title, String text, String published) {
        Article lines = AnnotatorsTest.article(source, published, text);
        return new Article("case", title, text, lines.source(), Optional.of(LocalDate.parse(published)), Path.of("case.txt"), lines.content());
    }

    static List<Draft> scene(Article a) {
        Document d = AnnotatorsTest.upTo(TranscriptAnnotator.class, a);
        return d.get(TranscriptAnnotator.SCENE);
    }

    static List<String> states(Draft d) {
        return d.parties.values().stream().map(p -> p.state.qid().orElseThrow()).sorted().toList();
    }

    @Test
    void speakersWhoGreetEachOtherAreOneHeldMeeting() {
        List<Draft> s = scene(transcript("http://en.kremlin.ru/events/president/transcripts/1", "",
                "President of Uzbekistan Islam Karimov: Mr Putin, allow me to welcome you to Tashkent.\n"
                        + "I would like to take advantage of this opportunity to thank you."));
        assertEquals(1, s.size());
        assertEquals(MeetingStatus.HELD, s.get(0).status);
        assertEquals(List.of("Q159", "Q265"), states(s.get(0)));
    }

    @Test
    void aLabelInCapitalsIsReadAsAName() {
        List<Draft> s = scene(transcript("https://www.state.gov/x", "Secretary Antony J. Blinken and German Foreign Minister Annalena Baerbock at a Joint Press Availability",
                "FOREIGN MINISTER BAERBOCK: Dear Tony, I bid you a very cordial welcome to Berlin today.\n"
                        + "SECRETARY BLINKEN: Thank you, Annalena.", "2022-02-10"));
        assertEquals(1, s.size());
        assertEquals(List.of("Q183", "Q30"), states(s.get(0)));
    }

    @Test
    void aHeadingWithAColonIsNoSpeakerAndARemarkWithoutGreetingIsNoMeeting() {
        assertTrue(scene(transcript("https://www.state.gov/x", "Nigeria: Secretary Blinken's Call with President Buhari",
                "Nigeria: Secretary Blinken's Call with President Buhari\nThe Secretary spoke by phone with President Buhari.")).isEmpty());
        assertTrue(scene(transcript("https://www.mofa.go.jp/x", "Press Conference by Foreign Minister Kishida",
                "Minister Kishida: I will visit the United States next week.\nQUESTION: Thank you.")).isEmpty());
    }

    @Test
    void theVisitorMayBeNamedOnlyInTheOpeningRemarks() {
        List<Draft> s = scene(transcript("https://example.org/x", "",
                "Vladimir Putin: Mr President, ladies and gentlemen,\n"
                        + "We held our talks in a constructive and mutually respectful atmosphere.\n"
                        + "I would like to once again thank my US counterpart for the proposal to come to Alaska."));
        assertEquals(1, s.size());
        assertEquals(List.of("Q159", "Q30"), states(s.get(0)));
    }

    @Test
    void labelsAreShortRunsOfCapitalisedWords() {
        Article a = transcript(null, "", "The overview of the meeting is as follows: both sides agreed.\nVladimir Putin: Good afternoon.");
        assertTrue(TranscriptAnnotator.label(a, a.content().get(0)).isEmpty());
        assertEquals(Optional.of(new TextSpan(62, 76)), TranscriptAnnotator.label(a, a.content().get(1)));
    }
}
