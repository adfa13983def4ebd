package org.diplokg.extract.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.diplokg.article.Article;
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

    @Test
    void tokensWithKeptChunkCutsAreTheTokenizersOwn() throws IOException {
        TokenizerME fresh = new TokenizerME(LinguisticAnnotator.Models.TOKENS);
        List<String> lines = new ArrayList<>(List.of("He said: \"We'll meet U.S. officials in Washington, D.C.\" (on Monday).",
                "It's the leaders' 3rd meeting -- at 10:30 a.m.", "x", "  ", "Mr. Wang Yi's trip, pull-aside talks; a.k.a. Ph.D."));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/real/dev/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(20).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        // twice: the second pass reads every chunk from what the first kept
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                String text = "Lead. " + line;
                TextSpan span = new TextSpan(6, text.length());
                List<TextSpan> expected = new ArrayList<>();
                for (Span s : fresh.tokenizePos(line)) expected.add(new TextSpan(6 + s.getStart(), 6 + s.getEnd()));
                assertEquals(expected, LinguisticAnnotator.tokens(text, span), line);
            }
        }
    }

    @Test
    void mayHoldIsFalseOnlyWhenTheTaggedWordsHaveNoSuchLemma() {
        String text = "Between the talks we travelled. I visited Rome, then Ivan toured Kyiv between visits.";
        Sentence first = new Sentence(new TextSpan(0, 31), new TextSpan(0, text.length()), false);
        Sentence second = new Sentence(new TextSpan(32, text.length()), new TextSpan(0, text.length()), false);
        Document doc = new Document(new Article("t", "t", text, Optional.empty(), Optional.empty(), Path.of("t.txt"),
                List.of(new TextSpan(0, text.length()))));
        doc.put(TextLayers.SENTENCES, List.of(first, second));
        new LinguisticAnnotator().annotate(doc);
        Words ws = doc.get(TextLayers.WORDS);
        Set<String> firstPerson = Set.of("i", "we");
        Set<String> visit = Set.of("visit", "travel", "trip", "tour");
        Set<String> pron = Set.of("PRON");
        Set<String> verbOrNoun = Set.of("VERB", "NOUN");
        assertTrue(ws.mayHold(0, 0, 31, firstPerson, pron)); // "we"
        assertFalse(ws.mayHold(0, 0, 17, firstPerson, pron)); // "Between the talks": "i" and "we" only inside words
        assertTrue(ws.mayHold(0, 0, 31, visit, verbOrNoun)); // "travelled"
        assertFalse(ws.mayHold(0, 0, 17, visit, verbOrNoun));
        assertTrue(ws.mayHold(1, 32, 34, firstPerson, pron)); // "I"
        assertFalse(ws.mayHold(1, 34, text.length(), firstPerson, pron)); // "Ivan", "between": no "I" or "we" of their own
        for (int i = 0; i < 2; i++) {
            TextSpan s = i == 0 ? first.span() : second.span();
            for (int from = s.begin(); from <= s.end(); from += 3) {
                for (int to = from; to <= s.end(); to += 5) {
                    for (Set<String> lemmas : List.of(firstPerson, visit)) {
                        for (Set<String> pos : List.of(pron, verbOrNoun)) {
                            int f = from;
                            int t = to;
                            boolean has = ws.of(i).stream().anyMatch(w -> w.span().begin() >= f && w.span().end() <= t
                                    && pos.contains(w.pos()) && lemmas.contains(w.lemma()));
                            if (has) assertTrue(ws.mayHold(i, from, to, lemmas, pos), from + ".." + to + " " + lemmas + " " + pos);
                        }
                    }
                }
            }
        }
    }
}
