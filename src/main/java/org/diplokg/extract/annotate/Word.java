package org.diplokg.extract.annotate;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.pattern.TaggedWord;

/**
 * A token with its part of speech (Universal Dependencies tag) and lemma, so rules can match
 * "meets / met / meeting" or "I / we" as one pattern.
 */
public record Word(TextSpan span, String text, String pos, String lemma) implements TaggedWord {
    /**
     * The part of speech of the word's first part: the tagger keeps a contraction ("I've", "we'll")
     * as one token tagged "PRON+AUX", whose first part is the pronoun.
     */
    public String headPos() {
        int plus = pos.indexOf('+');
        return plus > 0 ? pos.substring(0, plus) : pos;
    }

    /** The lemma of the word's first part, lower case ("i" of "i've"). */
    public String headLemma() {
        return beforeContraction(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /** "i've" gives "i", "we’ll" gives "we"; a word without an apostrophe is itself. */
    public static String beforeContraction(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') return s.substring(0, i);
        }
        return s;
    }
}
