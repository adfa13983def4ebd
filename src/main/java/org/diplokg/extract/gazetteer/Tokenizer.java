package org.diplokg.extract.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens (letters and digits) and single punctuation tokens. Hyphens and
 * dashes are dropped, so "Lee Jae-myung" and "Lee Jae Myung" give the same tokens; typographic
 * quotes fold to ASCII, so "Japan’s" and "Japan's" do too.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int j = i + n;
                while (j < to) {
                    int c2 = text.codePointAt(j);
                    if (!Character.isLetterOrDigit(c2) && Character.getType(c2) != Character.NON_SPACING_MARK) break;
                    j += Character.charCount(c2);
                }
                String raw = text.substring(i, j);
                out.add(new Token(i, j, raw, fold(raw)));
                i = j;
            } else if (Character.isWhitespace(cp) || isDash(cp)) {
                i += n;
            } else {
                String raw = text.substring(i, i + n);
                out.add(new Token(i, i + n, raw, foldPunct(cp)));
                i += n;
            }
        }
        return out;
    }

    /** Lower case without diacritics: "Yōko" and "Yoko" fold alike. */
    public static String fold(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT);
    }

    static boolean isDash(int cp) {
        return cp == '-' || Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212';
    }

    private static String foldPunct(int cp) {
        return switch (cp) {
            case '\u2018', '\u2019', '\u02BC', '`', '\u00B4' -> "'";
            case '\u201C', '\u201D', '\u00AB', '\u00BB' -> "\"";
            default -> new String(Character.toChars(cp));
        };
    }
}
