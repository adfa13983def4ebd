package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.Lexicon;

/**
 * Splits a prose line into sentences at {@code . ! ?} followed by space and a capital, a quote
 * or a digit, except after initials ("U.S.", "D.C.") and common abbreviations ("Mr.", "Jan.", listed in
 * {@code lang/en/abbreviations.txt}).
 */
public final class SentenceSplitter {
    /** Abbreviations (lower case, without the stop) after which a full stop ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Lexicon.words("en/abbreviations.txt").stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SentenceSplitter() {
    }

    public static List<TextSpan> split(String text, TextSpan line) {
        List<TextSpan> out = new ArrayList<>();
        int start = line.begin();
        int i = line.begin();
        while (i < line.end()) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < line.end() && isCloser(text.charAt(j))) j++;
                int k = j;
                while (k < line.end() && Character.isWhitespace(text.charAt(k))) k++;
                boolean spaced = k > j;
                if (spaced && k < line.end() && startsSentence(text.charAt(k)) && !(c == '.' && abbreviationBefore(text, i, start))
                        && !(c == '.' && timeOfDayGoesOn(text, i, k, line.end()))) {
                    out.add(trim(text, start, j));
                    start = k;
                    i = k;
                    continue;
                }
            }
            i++;
        }
        if (start < line.end()) out.add(trim(text, start, line.end()));
        out.removeIf(s -> s.length() == 0);
        List<TextSpan> bounded = new ArrayList<>();
        for (TextSpan s : out) bounded.addAll(bound(text, s));
        return bounded;
    }

    /** Longest sentence kept whole; scraped text without full stops is cut at clause punctuation or spaces. */
    static final int MAX_SENTENCE = 1000;

    private static List<TextSpan> bound(String text, TextSpan s) {
        List<TextSpan> out = new ArrayList<>();
        int b = s.begin();
        while (s.end() - b > MAX_SENTENCE) {
            int limit = b + MAX_SENTENCE;
            int cut = Math.max(text.lastIndexOf("; ", limit), text.lastIndexOf(", ", limit));
            if (cut <= b + MAX_SENTENCE / 2) cut = text.lastIndexOf(' ', limit);
            if (cut <= b) cut = limit;
            out.add(trim(text, b, cut + 1));
            b = cut + 1;
        }
        out.add(trim(text, b, s.end()));
        out.removeIf(x -> x.length() == 0);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\u2018' || c == '(';
    }

    private static boolean abbreviationBefore(String text, int dot, int sentenceStart) {
        int b = dot;
        while (b > sentenceStart && Character.isLetter(text.charAt(b - 1))) b--;
        String word = text.substring(b, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // initials: U.S., D.C.
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "11:10 a.m. (local time)", "5:10 p.m. JST": a dotted lower-case abbreviation followed by a
     * bracket or a time zone's capitals goes on; "at 5 p.m. The talks ..." ends.
     */
    private static boolean timeOfDayGoesOn(String text, int dot, int next, int end) {
        if (dot < 3 || text.charAt(dot - 2) != '.' || !Character.isLowerCase(text.charAt(dot - 1))
                || !Character.isLowerCase(text.charAt(dot - 3))) return false;
        if (text.charAt(next) == '(') return true;
        int e = next;
        while (e < end && Character.isLetter(text.charAt(e))) {
            if (!Character.isUpperCase(text.charAt(e))) return false;
            e++;
        }
        return e - next >= 2 && e - next <= 4 && (e == end || !Character.isLetter(text.charAt(e)));
    }

    private static TextSpan trim(String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new TextSpan(b, e);
    }
}
