package org.diplokg.extract.gazetteer;

import org.diplokg.lang.TextSpan;

/** A word or punctuation token: {@code norm} is folded for matching, {@code raw} is as written. */
public record Token(int begin, int end, String raw, String norm) {
    public TextSpan span() {
        return new TextSpan(begin, end);
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(raw.codePointAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(raw.codePointAt(0));
    }
}
