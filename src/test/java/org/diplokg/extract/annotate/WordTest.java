package org.diplokg.extract.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

/** A contraction is one token to the tagger; its first word is what rules about pronouns read. */
class WordTest {
    @Test
    void aContractionReadsAsItsFirstWord() {
        String text = "I've met him, and we’ll meet again.";
        List<Word> ws = LinguisticAnnotator.words(text, new TextSpan(0, text.length()));
        Word ive = ws.stream().filter(w -> w.text().equals("I've")).findFirst().orElseThrow();
        assertEquals("PRON", ive.headPos());
        assertEquals("i", ive.headLemma());
        assertEquals("we", Word.beforeContraction("we’ll"));
        assertEquals("met", Word.beforeContraction("met"));
        Word met = ws.stream().filter(w -> w.text().equals("met")).findFirst().orElseThrow();
        assertEquals(met.pos(), met.headPos());
    }
}
