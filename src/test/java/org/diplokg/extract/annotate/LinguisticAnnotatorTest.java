package org.diplokg.extract.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class LinguisticAnnotatorTest {
    @Test
    void tagsAndLemmatisesWithOffsetsIntoTheText() {
        String text = "Intro. The Secretary met Foreign Minister Wang Yi and visited Tokyo on two trips.";
        List<Word> w = LinguisticAnnotator.words(text, new TextSpan(7, text.length()));
        Word met = w.get(2);
        assertEquals("met", met.text());
        assertEquals("met", text.substring(met.span().begin(), met.span().end()));
        assertEquals("VERB", met.pos());
        Word visit = w.stream().filter(x -> x.text().equals("visited")).findFirst().orElseThrow();
        assertEquals("visit", visit.lemma());
        assertEquals("VERB", visit.pos());
        Word trips = w.stream().filter(x -> x.text().equals("trips")).findFirst().orElseThrow();
        assertEquals("trip", trips.lemma());
        assertEquals("NOUN", trips.pos());
        assertEquals("tokyo", w.stream().filter(x -> x.text().equals("Tokyo")).findFirst().orElseThrow().lemma());
        assertEquals(".", w.get(w.size() - 1).text());
    }
}
