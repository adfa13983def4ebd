package org.diplokg.lang.pattern;

import java.util.Map;

import org.diplokg.lang.TextSpan;

/**
 * One match of a {@link TokenPattern}: the tokens {@code [start, end)} and the character span
 * they cover, with the spans of its named groups.
 */
public record Match(int start, int end, TextSpan span, Map<String, TextSpan> groups) {
    /** The span of group {@code name}, or null when the group took no part in the match. */
    public TextSpan group(String name) {
        return groups.get(name);
    }

    public int begin() {
        return span.begin();
    }

    public int charEnd() {
        return span.end();
    }
}
