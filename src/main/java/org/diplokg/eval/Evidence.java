package org.diplokg.eval;

import java.util.Optional;

import org.diplokg.lang.TextSpan;

/**
 * Finds a gold meeting's {@code evidence} quote in its article. Annotators copy the text with
 * small differences, so both sides are compared with runs of white space made one space and
 * typographic quotes and dashes made plain; a quote cut with an ellipsis is found by its longest piece.
 */
final class Evidence {
    /** The shortest piece of an elided quote that is still looked for. */
    private static final int MIN_PIECE = 20;

    private Evidence() {
    }

    /** Where {@code quote} stands in {@code text}, or empty. */
    static Optional<TextSpan> locate(String text, String quote) {
        if (quote == null || quote.isBlank()) return Optional.empty();
        Normal t = Normal.of(text);
        Optional<TextSpan> whole = t.find(Normal.of(quote).text.strip());
        if (whole.isPresent()) return whole;
        String best = null;
        for (String piece : quote.split("\\.\\.\\.|\u2026|\\[\\.\\.\\.\\]")) {
            String p = Normal.of(piece).text.strip();
            if (p.length() >= MIN_PIECE && t.find(p).isPresent() && (best == null || p.length() > best.length())) best = p;
        }
        return best == null ? Optional.empty() : t.find(best);
    }

    /** A text made plain, with the offset in the original of each of its characters. */
    private record Normal(String text, int[] origin, int length) {
        static Normal of(String s) {
            StringBuilder b = new StringBuilder(s.length());
            int[] origin = new int[s.length() + 1];
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = plain(s.charAt(i));
                if (Character.isWhitespace(c)) {
                    if (space) continue;
                    c = ' ';
                    space = true;
                } else {
                    space = false;
                }
                origin[b.length()] = i;
                b.append(c);
            }
            origin[b.length()] = s.length();
            return new Normal(b.toString(), origin, s.length());
        }

        Optional<TextSpan> find(String piece) {
            if (piece.isEmpty()) return Optional.empty();
            int i = text.indexOf(piece);
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (i < 0 && lower.length() == text.length()) i = lower.indexOf(piece.toLowerCase(java.util.Locale.ROOT));
            if (i < 0) return Optional.empty();
            return Optional.of(new TextSpan(origin[i], origin[i + piece.length() - 1] + 1));
        }

        private static char plain(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u02bc' -> '\'';
                case '\u201c', '\u201d' -> '"';
                case '\u2013', '\u2014' -> '-';
                case '\u00a0' -> ' ';
                default -> c;
            };
        }
    }
}
