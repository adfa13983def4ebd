package org.diplokg.lang.pattern;

import java.util.Set;

/**
 * One token of a {@link TokenSeq}: its text, where it stands (character offsets of the text it
 * was cut from), whether it is glued to the token before it (no white space between), whether white
 * space stands right before it, and what
 * a linguistic layer knows of it: part of speech, lemma, entity types (null or empty when not
 * known).
 */
public record Token(String text, String lower, int begin, int end, boolean glued, boolean spaced, String pos, String lemma, Set<String> types) {
    /** A word token is a run of letters, digits or marks; every other token is one symbol. */
    public boolean isWord() {
        return TokenSeq.isWordChar(text.codePointAt(0));
    }
}
