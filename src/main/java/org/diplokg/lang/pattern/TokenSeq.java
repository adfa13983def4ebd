package org.diplokg.lang.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.lang.TextSpan;

/**
 * The tokens a pattern runs over. {@link #of} cuts any text the same way whatever its language:
 * a run of letters, digits and marks is one token, every other character that is not white space
 * is a token of its own ("pull-aside" is {@code pull - aside}, glued). {@link #of(List, String)}
 * takes the words of the linguistic layer with their parts of speech and lemmas instead.
 */
public final class TokenSeq {
    private final List<Token> tokens;
    private final int length;

    private TokenSeq(List<Token> tokens, int length) {
        this.tokens = tokens;
        this.length = length;
    }

    /**
     * The texts last cut on this thread, with their tokens: rules read the same clause, window or
     * sentence text several times over (trigger words, status cues, topic starts...), and a
     * look-up costs less than cutting it again. A few entries, overwritten in turn.
     */
    private static final class Recent {
        static final int SIZE = 16;
        final String[] texts = new String[SIZE];
        final TokenSeq[] seqs = new TokenSeq[SIZE];
        int next;
    }

    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /** Tokens of {@code text}, offsets relative to its start. */
    public static TokenSeq of(CharSequence text) {
        if (!(text instanceof String s)) return cut(text);
        Recent r = RECENT.get();
        for (int k = 0; k < Recent.SIZE; k++) {
            if (s.equals(r.texts[k])) return r.seqs[k];
        }
        TokenSeq ts = cut(s);
        r.texts[r.next] = s;
        r.seqs[r.next] = ts;
        r.next = (r.next + 1) % Recent.SIZE;
        return ts;
    }

    private static TokenSeq cut(CharSequence text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int prevEnd = -1;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (isSpace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int b = i;
            i += Character.charCount(c);
            if (isWordChar(c)) {
                while (i < n) {
                    int d = Character.codePointAt(text, i);
                    if (!isWordChar(d)) break;
                    i += Character.charCount(d);
                }
            }
            String t = text.subSequence(b, i).toString();
            boolean spaced = b > 0 && isSpace(Character.codePointBefore(text, b));
            out.add(new Token(t, fold(t), b, i, b == prevEnd, spaced, null, null, Set.of()));
            prevEnd = i;
        }
        return new TokenSeq(out, n);
    }

    /** Tokens from the words of the linguistic layer (offsets as the words have them), with part of speech and lemma. */
    public static TokenSeq of(List<? extends TaggedWord> words, int length) {
        List<Token> out = new ArrayList<>(words.size());
        int prevEnd = -1;
        for (TaggedWord w : words) {
            TextSpan s = w.span();
            out.add(new Token(w.text(), fold(w.text()), s.begin(), s.end(), s.begin() == prevEnd,
                    prevEnd >= 0 && s.begin() > prevEnd, w.pos(),
                    w.lemma() == null ? null : w.lemma().toLowerCase(Locale.ROOT), Set.of()));
            prevEnd = s.end();
        }
        return new TokenSeq(out, length);
    }

    /**
     * The form a literal of a pattern is compared with: lower case, and the typographic apostrophe
     * (U+2019) as the typewriter one, so that "he’ll" and "won’t" match {@code 'll} and {@code won't}.
     */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c) || c == '_') return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Length of the text the tokens were cut from. */
    public int length() {
        return length;
    }

    /** Index of the first token that begins at or after character {@code offset} ({@link #size()} if none). */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Character offset where token {@code i} begins, or the text's length past the last token. */
    public int beginOf(int i) {
        return i < tokens.size() ? tokens.get(i).begin() : length;
    }

    /** Character offset where the token before {@code i} ends (the start of the text for 0). */
    public int endBefore(int i) {
        return i == 0 ? 0 : tokens.get(i - 1).end();
    }
}
