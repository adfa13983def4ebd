package org.diplokg.lang.pattern;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A test of one token: its text, lemma, part of speech or entity type. */
@FunctionalInterface
public interface TokenTest {
    boolean test(Token t);

    /** Longest token a regular expression test looks at: a test stays linear in the token's length. */
    int MAX_REGEX_TOKEN = 64;

    TokenTest ANY = t -> true;

    /**
     * Passed by the tokens whose lower-case text is one of {@code words}. A test of its own kind,
     * so that a pattern knows the words its first token must be and tries no other position.
     */
    record Lower(Set<String> words) implements TokenTest {
        public Lower {
            words = Set.copyOf(words);
        }

        @Override
        public boolean test(Token t) {
            return words.contains(t.lower());
        }
    }

    /** The token's text, ignoring case. */
    static TokenTest text(String word) {
        return new Lower(Set.of(word.toLowerCase(Locale.ROOT)));
    }

    /** The token's text, case as written. */
    static TokenTest exact(String word) {
        return t -> t.text().equals(word);
    }

    /** The token's text, ignoring case, is one of {@code lowerWords}. */
    static TokenTest oneOf(Set<String> lowerWords) {
        return new Lower(lowerWords);
    }

    /** The whole of the token's text matches {@code regex} (tokens longer than {@link #MAX_REGEX_TOKEN} never do). */
    static TokenTest regex(Pattern regex) {
        TokenTest general = t -> t.text().length() <= MAX_REGEX_TOKEN && regex.matcher(t.text()).matches();
        if (!LITERALS.matcher(regex.pattern()).matches()) return general;
        // "/while|whereas|though/": a set look-up gives the regular expression's answer, and patterns try such a
        // test at every token; ignoring case, only for ASCII text, where lower-casing and the regex's case folding agree
        Set<String> words = Set.copyOf(java.util.Arrays.asList(regex.pattern().split("\\|")));
        if ((regex.flags() & Pattern.CASE_INSENSITIVE) == 0) return t -> words.contains(t.text());
        return t -> isAscii(t.text()) ? words.contains(t.lower()) : general.test(t);
    }

    /** A regular expression that is only lower-case ASCII words between bars. */
    Pattern LITERALS = Pattern.compile("[a-z]+(\\|[a-z]+)*");

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) >= 0x80) return false;
        return true;
    }

    /** The lemma (lower case) is {@code lemma}. */
    static TokenTest lemma(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return t -> l.equals(t.lemma());
    }

    /** The part of speech (Universal Dependencies tag) is {@code pos}. */
    static TokenTest pos(String pos) {
        return t -> pos.equals(t.pos());
    }

    /** The token is part of a mention of an entity of type {@code type}. */
    static TokenTest entity(String type) {
        return t -> t.types().contains(type);
    }

    /** White space stands right before the token. */
    TokenTest SPACED = Token::spaced;

    default TokenTest negate() {
        return t -> !test(t);
    }

    default TokenTest and(TokenTest other) {
        return t -> test(t) && other.test(t);
    }
}
