package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.LangPatterns;

/**
 * Cuts a sentence where one event report ends and another may begin: at semicolons, at
 * contrastive or temporal conjunctions (", while", ", though", " after ", " before "...) and
 * before participial tails (", signaling", ", marking"...). The cues are token patterns of
 * {@code lang/en/clauses.rules}.
 */
public final class ClauseSplitter {
    private static final LangPatterns EN = LangPatterns.load("en", "clauses.rules");
    /** Rule: a conjunction that starts a new clause. */
    private static final TokenPattern CONJUNCTION = EN.pattern("clause-break");
    /** Rule: a comma followed by an -ing verb (optionally after an adverb) starts a participial tail. */
    private static final TokenPattern PARTICIPLE = EN.pattern("participial-tail");
    /** Rule: a temporal adjunct ("after talks with ...") shares the subject of the clause before it. */
    private static final TokenPattern TEMPORAL = EN.pattern("temporal");
    /** Rule: "Buenos Aires, Argentina; Quito, Ecuador; and Mexico City": a conjunction opens the last item of a list. */
    private static final TokenPattern LIST_CONJUNCTION = EN.pattern("list-conjunction");
    /** Rule: ", followed by a meeting with ...": the next meeting of the same subject. */
    private static final TokenPattern SEQUEL = EN.pattern("sequel");

    private ClauseSplitter() {
    }

    public static List<Clause> split(String text, TextSpan sentence) {
        List<int[]> cuts = new ArrayList<>();
        String s = text.substring(sentence.begin(), sentence.end());
        TokenSeq ts = TokenSeq.of(s);
        addCuts(CONJUNCTION, ts, cuts, 0);
        addCuts(PARTICIPLE, ts, cuts, 1);
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Clause> out = new ArrayList<>();
        int start = 0;
        boolean tail = false;
        boolean dependent = false;
        boolean sequel = false;
        for (int[] c : cuts) {
            if (c[0] <= start) continue;
            if (listSemicolon(s, start, c)) continue;
            out.add(new Clause(new TextSpan(sentence.begin() + start, sentence.begin() + c[0]), tail, dependent, sequel));
            start = c[1];
            tail = c[2] == 1;
            sequel = SEQUEL.matchAt(ts, ts.indexAt(c[1])) != null;
            dependent = tail || sequel || TEMPORAL.matchAt(ts, ts.indexAt(c[1])) != null;
        }
        out.add(new Clause(new TextSpan(sentence.begin() + start, sentence.end()), tail, dependent, sequel));
        return out;
    }

    /** Rule: "Buenos Aires, Argentina; Quito, Ecuador; and Mexico City": a semicolon between short items of a list is no clause break. */
    private static boolean listSemicolon(String s, int start, int[] cut) {
        if (s.charAt(cut[0]) != ';' || s.substring(start, cut[0]).indexOf(',') < 0) return false;
        int next = s.indexOf(';', cut[1]);
        String item = s.substring(cut[1], next < 0 ? s.length() : next).strip();
        String[] words = item.split("\\s+");
        boolean opensWithConjunction = LIST_CONJUNCTION.matchAt(TokenSeq.of(item), 0) != null;
        return words.length <= 6 && (item.indexOf(',') >= 0 || opensWithConjunction);
    }

    /**
     * A cut runs from the mark that ends a clause (or the white space before the word that starts
     * the next, when there is no mark) to that word: the group "next" of the pattern.
     */
    private static void addCuts(TokenPattern p, TokenSeq ts, List<int[]> cuts, int kind) {
        for (Match m = p.find(ts, 0); m != null; m = p.find(ts, m.end())) {
            TextSpan next = m.group("next");
            int begin = m.begin() == next.begin() ? ts.endBefore(m.start()) : m.begin();
            cuts.add(new int[] {begin, next.begin(), kind});
        }
    }
}
