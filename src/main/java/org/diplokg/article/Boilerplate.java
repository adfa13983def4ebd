package org.diplokg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplokg.lang.LangPatterns;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.TextRule;
import org.diplokg.lang.TextSpan;

/**
 * Separates prose from the residue that scrapers leave in news text: reading-time widgets,
 * "Also Read" teasers and the unrelated headlines after "Previous Article"/"Next Article".
 * Works line by line so that offsets into the original text survive. The words are in
 * {@code lang/en/}: {@code widget-lines.txt}, {@code navigation-lines.txt} and the token pattern
 * {@code teaser} of {@code boilerplate.rules}.
 */
public final class Boilerplate {
    private static final LangPatterns EN = LangPatterns.load("en", "boilerplate.rules");
    private static final Set<String> WIDGET_LINES = lowerCase(Lexicon.words("en/widget-lines.txt"));
    private static final Set<String> NAV_LINES = lowerCase(Lexicon.words("en/navigation-lines.txt"));
    private static final TextRule.Tokens TEASER = EN.rule("teaser");
    /** A line of dashes, bars and colons: the rule under a table's head. */
    private static final Pattern TABLE_RULE = Pattern.compile("^[-|:\\s]+$");

    private Boilerplate() {
    }

    private static Set<String> lowerCase(List<String> lines) {
        return lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The prose lines of {@code text} as spans (trimmed), in order. */
    public static List<TextSpan> contentLines(String text) {
        List<TextSpan> out = new ArrayList<>();
        int pos = 0;
        boolean afterNav = false;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int b = pos;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (b < e) {
                String line = text.substring(b, e);
                String key = line.toLowerCase(Locale.ROOT);
                if (NAV_LINES.contains(key)) {
                    afterNav = true;
                } else if (afterNav) {
                    // the headline that follows a navigation label belongs to another story
                    afterNav = false;
                } else if (!WIDGET_LINES.contains(key) && !TEASER.test(line)
                        && !TABLE_RULE.matcher(line).matches()) {
                    out.add(new TextSpan(b, e));
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return unwrapped(text, out);
    }

    /** A line this long that stops without closing punctuation and runs straight on was wrapped, not ended. */
    private static final int WRAP_WIDTH = 60;

    /**
     * Joins the lines of hard-wrapped prose ("... between President Thabo Mbeki and" /
     * "Mozambican President Armando Guebuza, ...") into one region, so that a sentence is not cut
     * at each line end: a line joins the next when nothing but one line break stands between
     * them, it does not close a sentence, and the next line goes on in lower case, or the line
     * ends with a comma or hyphen, or it is a long line (not the headline) followed by more prose.
     */
    static List<TextSpan> unwrapped(String text, List<TextSpan> lines) {
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextSpan cur = lines.get(i);
            if (!out.isEmpty()) {
                TextSpan last = out.get(out.size() - 1);
                if (runsOn(text, last, cur, out.size() == 1)) {
                    out.set(out.size() - 1, new TextSpan(last.begin(), cur.end()));
                    continue;
                }
            }
            out.add(cur);
        }
        return out;
    }

    private static boolean runsOn(String text, TextSpan line, TextSpan next, boolean headline) {
        String between = text.substring(line.end(), next.begin());
        if (between.chars().filter(c -> c == '\n').count() != 1) return false;
        char end = text.charAt(line.end() - 1);
        if (".!?:;\"”’)]".indexOf(end) >= 0) return false;
        int first = text.codePointAt(next.begin());
        if (Character.isLowerCase(first)) return true;
        if (end == ',' || end == '-') return true;
        int lastLineStart = text.lastIndexOf('\n', line.end() - 1) + 1;
        int width = line.end() - Math.max(lastLineStart, line.begin());
        return !headline && width >= WRAP_WIDTH && next.length() >= WRAP_WIDTH / 2;
    }

    /**
     * True when a prose line is a heading: no closing sentence punctuation, and either the
     * article's first line (its headline, up to 25 words) or a short line (up to 12 words).
     */
    public static boolean looksLikeHeading(String line, boolean first) {
        String t = line.strip();
        if (t.isEmpty()) return true;
        char last = t.charAt(t.length() - 1);
        boolean terminated = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d';
        int words = t.split("\\s+").length;
        return !terminated && (words <= 12 || (first && words <= 25));
    }
}
