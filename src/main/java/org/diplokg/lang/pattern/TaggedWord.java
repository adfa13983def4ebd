package org.diplokg.lang.pattern;

import org.diplokg.lang.TextSpan;

/**
 * A word of a linguistic layer as the pattern engine reads it: where it stands, its text, part
 * of speech and lemma. An interface, so that the engine needs nothing of the layer that makes them.
 */
public interface TaggedWord {
    TextSpan span();

    String text();

    String pos();

    String lemma();
}
