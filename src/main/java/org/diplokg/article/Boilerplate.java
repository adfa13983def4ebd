package org.diplokg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Separates prose from the residue that scrapers leave in news text: reading-time widgets,
 * "Also Read" teasers and the unrelated headlines after "Previous Article"/"Next Article".
 * Works line by line so that offsets into the original text survive.
 */
public final class Boilerplate {
    private static final Set<String> WIDGET_LINES = Set.of(
            "no time to read?", "get a summary", "share", "share this article", "advertisement",
            "read more", "related", "related articles", "subscribe", "sign up", "print", "email");
    private static final Set<String> NAV_LINES = Set.of(
            "previous article", "next article", "previous post", "next post", "read next",
            "more stories", "you may also like", "recommended");
    private static final Pattern TEASER = Pattern.compile(
            "^\\|?\\s*(also read|read also|see also|related|watch|must read)\\s*[:|-].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_RULE = Pattern.compile("^[-|:\\s]+$");

    private Boilerplate() {
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
                } else if (!WIDGET_LINES.contains(key) && !TEASER.matcher(line).matches()
                        && !TABLE_RULE.matcher(line).matches()) {
                    out.add(new TextSpan(b, e));
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
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
