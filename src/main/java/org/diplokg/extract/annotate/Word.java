package org.diplokg.extract.annotate;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.pattern.TaggedWord;

/**
 * A token with its part of speech (Universal Dependencies tag) and lemma, so rules can match
 * "meets / met / meeting" or "I / we" as one pattern.
 */
public record Word(TextSpan span, String text, String pos, String lemma) implements TaggedWord {
}
