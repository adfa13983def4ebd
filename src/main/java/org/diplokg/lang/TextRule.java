package org.diplokg.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;

/**
 * A named predicate over a stretch of text: one rule, one name for tests and traces. Rules of a
 * language are token patterns from its {@code .rules} files ({@link #of(TokenPattern)}), or, for
 * the few shapes counted in characters, regular expressions from its {@code .regex} files
 * ({@link RegexFile}).
 */
public interface TextRule {
    String name();

    boolean test(CharSequence text);

    /** Start of the first match at or after {@code from}, or -1. */
    int find(CharSequence text, int from);

    /** A rule by token pattern, named as the pattern is. */
    static Tokens of(TokenPattern pattern) {
        return new Tokens(pattern);
    }

    /** A rule by regular expression. */
    record Regex(String name, Pattern pattern) implements TextRule {
        @Override
        public boolean test(CharSequence text) {
            return pattern.matcher(text).find();
        }

        @Override
        public int find(CharSequence text, int from) {
            Matcher m = pattern.matcher(text);
            return m.find(from) ? m.start() : -1;
        }
    }

    /** A rule by token pattern: the text is cut into tokens, the pattern runs over them. */
    record Tokens(TokenPattern pattern) implements TextRule {
        @Override
        public String name() {
            return pattern.name();
        }

        @Override
        public boolean test(CharSequence text) {
            return test(TokenSeq.of(text));
        }

        public boolean test(TokenSeq tokens) {
            return pattern.test(tokens);
        }

        @Override
        public int find(CharSequence text, int from) {
            return find(TokenSeq.of(text), from);
        }

        /** Start (a character offset) of the first match that starts at or after character {@code from}, or -1. */
        public int find(TokenSeq tokens, int from) {
            Match m = pattern.find(tokens, tokens.indexAt(from));
            return m == null ? -1 : m.begin();
        }
    }
}
