package org.diplokg.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A named predicate over a stretch of text: one rule, one regular expression, one name for tests and traces. */
public record TextRule(String name, Pattern pattern) {
    public static TextRule of(String name, String regex) {
        return new TextRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public boolean test(CharSequence text) {
        return pattern.matcher(text).find();
    }

    /** Start of the first match at or after {@code from}, or -1. */
    public int find(CharSequence text, int from) {
        Matcher m = pattern.matcher(text);
        return m.find(from) ? m.start() : -1;
    }
}
