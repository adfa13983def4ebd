package org.diplokg.extract.rules;

import java.util.Optional;
import java.util.regex.Matcher;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.TextRule;
import org.diplokg.lang.RegexFile;

/**
 * The dateline of a release: a short opening line, or the head of one before a dash, that holds
 * only capitalised words, numbers and punctuation ("January 20, 2022 - Paris, France -",
 * "Nairobi, Saturday", "Washington, DC — SECRETARY BLINKEN: ..."), told by its shape, not by
 * words of a language. The wire dateline that opens a line of agency copy ("BEIJING, March 14
 * (Xinhua) — ") follows the conventions of English wire copy, so its shape is the regular
 * expression {@code wire-dateline} of {@code lang/en/datelines.regex}.
 */
public final class Dateline {
    private static final TextRule.Regex WIRE = RegexFile.load("en", "datelines.regex").rule("wire-dateline");
    /** How far into a line a wire dateline is looked for. */
    private static final int WIRE_REACH = 120;
    /** How many opening sentences may hold the dateline. */
    public static final int OPENING_SENTENCES = 5;
    private static final int MAX_LINE = 80;
    private static final int MAX_HEAD = 40;
    private static final int MAX_WORDS = 12;

    private Dateline() {
    }

    /** The part of {@code sentence} that is a dateline, if it has one. */
    public static Optional<TextSpan> head(String text, TextSpan sentence) {
        TextSpan candidate = sentence;
        if (sentence.length() > MAX_LINE) {
            int dash = dash(text, sentence.begin(), Math.min(sentence.end(), sentence.begin() + MAX_HEAD));
            if (dash < 0) return Optional.empty();
            candidate = new TextSpan(sentence.begin(), dash);
        }
        return shaped(text, candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** The line without the wire dateline it opens with, if any (and if anything follows it). */
    public static TextSpan afterWire(String text, TextSpan line) {
        Matcher m = WIRE.pattern().matcher(text.substring(line.begin(), Math.min(line.end(), line.begin() + WIRE_REACH)));
        return m.find() && m.end() < line.length() ? new TextSpan(line.begin() + m.end(), line.end()) : line;
    }

    /** The first spaced dash ("—", "–" or "-" with white space before it) in {@code text[from,to)}. */
    private static int dash(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '\u2014' || c == '\u2013' || c == '-') && Character.isWhitespace(text.charAt(i - 1))) return i;
        }
        return -1;
    }

    /** Only capitalised words (or words of one or two letters), numbers and punctuation, and not many words. */
    private static boolean shaped(String text, TextSpan s) {
        int words = 0;
        int i = s.begin();
        while (i < s.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < s.end() && Character.isLetter(text.charAt(i))) i++;
            words++;
            if (i - b > 2 && !Character.isUpperCase(text.charAt(b))) return false;
        }
        return words > 0 && words <= MAX_WORDS;
    }
}
