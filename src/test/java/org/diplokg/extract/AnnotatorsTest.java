package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplokg.SeedCorpus;
import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.AnnotationPipeline;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.Mention;
import org.junit.jupiter.api.Test;

/** Each annotator of the extractor on its own: the layers before it come from the real ones. */
class AnnotatorsTest {
    static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(SeedCorpus.gazetteer());

    static Article article(String source, String published, String text) {
        List<TextSpan> lines = new ArrayList<>();
        int at = 0;
        for (String l : text.split("\n", -1)) {
            if (!l.isBlank()) lines.add(new TextSpan(at, at + l.length()));
            at += l.length() + 1;
        }
        return new Article("case", "t", text, Optional.ofNullable(source),
                Optional.ofNullable(published).map(java.time.LocalDate::parse), Path.of("case.txt"), lines);
    }

    /** The document after the annotators up to and including {@code last}. */
    static Document upTo(Class<? extends Annotator> last, Article a) {
        List<Annotator> all = EXTRACTOR.pipeline().annotators();
        int i = 0;
        while (!last.isInstance(all.get(i))) i++;
        return new AnnotationPipeline(all.subList(0, i + 1)).annotate(a);
    }

    static List<String> qids(List<Entity> states) {
        return states.stream().map(e -> e.qid().orElse(e.iri())).sorted().toList();
    }

    @Test
    void sentencesKeepHeadingsWholeAndSplitProse() {
        Document d = upTo(SentenceAnnotator.class, article(null, null,
                "Kishida meets Yoon\nPrime Minister Kishida met President Yoon in Seoul. They discussed trade."));
        List<Sentence> s = d.get(TextLayers.SENTENCES);
        assertEquals(3, s.size());
        assertTrue(s.get(0).heading());
        assertEquals("They discussed trade.", d.article().cover(s.get(2).span()));
    }

    @Test
    void mentionsAreFoundPerSentence() {
        Document d = upTo(MentionAnnotator.class, article(null, null, "Japan and China met. Nothing here."));
        List<List<Mention>> m = d.get(MeetingLayers.MENTIONS);
        assertEquals(2, m.size());
        assertEquals(List.of("Japan", "China"), m.get(0).stream().map(Mention::text).toList());
        assertTrue(m.get(1).isEmpty());
    }

    @Test
    void homeStateFollowsTheSource() {
        Document d = upTo(HomeStateAnnotator.class, article("https://www.gov.uk/news", null, "The Foreign Secretary met."));
        assertEquals(Optional.of("Q145"), d.get(MeetingLayers.HOME_STATE).flatMap(Entity::qid));
    }

    @Test
    void backgroundKnowsPeopleAndTheStatesOfEachSentence() {
        Document d = upTo(BackgroundAnnotator.class, article(null, "2023-05-01",
                "Japanese Prime Minister Fumio Kishida visited Seoul. South Korea and Japan agreed."));
        Background bg = d.get(MeetingLayers.BACKGROUND);
        assertEquals("Fumio Kishida", bg.known().get(0).ref().name());
        assertEquals(Optional.of("Q17"), bg.known().get(0).state().flatMap(Entity::qid));
        assertEquals(List.of("Q17", "Q884"), qids(bg.salience().get(1)));
    }

    @Test
    void framesAreOnePerNamedMeetingAndMergingJoinsReportsOfOneMeeting() {
        String text = "Today, I held the Japan-Republic of Korea (ROK) Foreign Ministers' Meeting and the Japan-China "
                + "Foreign Ministers' Meeting. The Japan-China Foreign Ministers' Meeting was held in Tokyo.";
        Document frames = upTo(MeetingFrameAnnotator.class, article("https://www.mofa.go.jp/x", "2025-03-22", text));
        List<Draft> f = frames.get(MeetingLayers.FRAMES);
        assertEquals(3, f.size());
        assertEquals(List.of("Q17", "Q884"), f.get(0).parties.values().stream().map(p -> p.state.qid().orElseThrow()).sorted().toList());
        Document merged = upTo(MeetingMergeAnnotator.class, article("https://www.mofa.go.jp/x", "2025-03-22", text));
        List<Draft> m = merged.get(MeetingLayers.MERGED);
        assertEquals(2, m.size());
    }

    @Test
    void aMeetingWithoutADateTakesTheLatestDateEarlierInItsParagraph() {
        String text = "On 8 July 2020, an informal seminar of the two foreign ministries took place in Rokiskis. "
                + "The Minister of Foreign Affairs of Latvia, Edgars Rinkevics, had a bilateral meeting with the Minister of Foreign Affairs of Lithuania, Linas Linkevicius.\n"
                + "The Minister of Foreign Affairs of Latvia also met the Minister of Foreign Affairs of Estonia.";
        Document d = upTo(MeetingTimeAnnotator.class, article("https://www.mfa.gov.lv/x", "2020-07-09", text));
        List<Meeting> m = d.get(MeetingLayers.MEETINGS);
        assertEquals(2, m.size());
        assertEquals("2020-07-08", m.get(0).date().orElseThrow().lexical());
        assertEquals("2020-07", m.get(1).date().orElseThrow().lexical(), "a new paragraph does not inherit the day: the month of publication");
        assertTrue(m.get(1).date().orElseThrow().evidence().isEmpty(), "no words state it");
    }

    @Test
    void aMeetingWithoutAPlaceTakesAVenueOfItsStatesFromItsParagraphOrTheDateline() {
        String text = "January 20, 2022 - Paris, France -\n"
                + "The Minister of Foreign Affairs of Canada met the Minister for Europe and Foreign Affairs of France.\n"
                + "The Foreign Minister of Estonia is paying an official visit to Yerevan. He met the Foreign Minister of Armenia.\n"
                + "The Foreign Minister of Estonia also met the Prime Minister of Georgia.";
        Document d = upTo(MeetingPlaceAnnotator.class, article("https://www.example.org/x", "2022-01-20", text));
        List<Draft> m = d.get(MeetingLayers.PLACED);
        assertEquals(3, m.size());
        assertEquals("Paris", m.get(0).place.label(), "the dateline's city, in France");
        assertEquals("Yerevan", m.get(1).place.label(), "the venue named earlier in the paragraph");
        assertEquals(null, m.get(2).place, "Paris is in neither Estonia nor Georgia");
    }

    @Test
    void aHeldMeetingTakesTheOneVenueInItsStatesThatTheArticleNames() {
        String text = "Vladimir Putin met the President of Uzbekistan.\n"
                + "Vladimir Putin: Mr President, we are very glad to see you in Moscow.";
        Document d = upTo(MeetingPlaceAnnotator.class, article("http://en.kremlin.ru/x", "2010-04-20", text));
        List<Draft> m = d.get(MeetingLayers.PLACED);
        assertEquals(1, m.size());
        assertEquals("Moscow", m.get(0).place.label());
        String two = text + "\nOur embassy in Tashkent prepared the programme.";
        Document d2 = upTo(MeetingPlaceAnnotator.class, article("http://en.kremlin.ru/x", "2010-04-20", two));
        List<Draft> m2 = d2.get(MeetingLayers.PLACED);
        assertEquals(1, m2.size());
        assertEquals(null, m2.get(0).place, "Moscow and Tashkent, both in the meeting's states: the text does not say which");
    }

    @Test
    void aSeatOfGovernmentIsPlacedInItsCapital() {
        String text = "Talks were held at the Kremlin between Vladimir Putin and the President of Uzbekistan.";
        Document d = upTo(MeetingPlaceAnnotator.class, article("http://en.kremlin.ru/x", "2017-04-05", text));
        List<Draft> m = d.get(MeetingLayers.PLACED);
        assertEquals(1, m.size());
        assertEquals(Optional.of("Q649"), m.get(0).place.entity().flatMap(org.diplokg.extract.gazetteer.Entity::qid), "the Kremlin stands in Moscow");
        assertEquals("Kremlin", text.substring(m.get(0).place.evidence().get(0).span().begin(), m.get(0).place.evidence().get(0).span().end()));
    }
    @Test
    void aPartyNamedOnlyByTitleTakesThePersonOfItsStateNamedNearTheMeeting() {
        String text = "Prime Minister Theresa May opened a trade fair on Monday.\n"
                + "The Prime Minister met Italian Prime Minister Paolo Gentiloni at Downing Street today.";
        Article a = article("https://www.gov.uk/government/news/x", "2017-02-09", text);
        Draft merged = upTo(MeetingMergeAnnotator.class, a).get(MeetingLayers.MERGED).get(0);
        assertTrue(merged.parties.get(SeedCorpus.gazetteer().state("Q145").get().iri()).people.stream().noneMatch(PersonRef::named),
                "the meeting's own sentence names the British side by title only");
        Draft d = upTo(MeetingPeopleAnnotator.class, a).get(MeetingLayers.PEOPLED).get(0);
        assertEquals(List.of("Theresa May"),
                d.parties.get(SeedCorpus.gazetteer().state("Q145").get().iri()).people.stream().filter(PersonRef::named).map(PersonRef::name).toList());
    }

    @Test
    void aPartyWithItsOwnNamedSpeakerTakesNoOtherPerson() {
        String text = "Foreign Secretary Boris Johnson met Italian Foreign Minister Angelino Alfano in London today. "
                + "He conveyed the greetings of Prime Minister Theresa May.";
        Draft d = upTo(MeetingPeopleAnnotator.class, article("https://www.gov.uk/government/news/x", "2017-02-09", text))
                .get(MeetingLayers.PEOPLED).get(0);
        assertEquals(List.of("Boris Johnson"),
                d.parties.get(SeedCorpus.gazetteer().state("Q145").get().iri()).people.stream().filter(PersonRef::named).map(PersonRef::name).toList());
    }
}
