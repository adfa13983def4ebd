package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.article.TextSpan;

/**
 * Cuts a sentence where one event report ends and another may begin: at semicolons, at
 * contrastive or temporal conjunctions (", while", ", though", " after ", " before "...) and
 * before participial tails (", signaling", ", marking"...).
 */
public final class ClauseSplitter {
    /** Rule: a conjunction that starts a new clause. */
    private static final Pattern CONJUNCTION = Pattern.compile(
            ";\\s+|,\\s+(?=(while|whereas|though|although|but|even as|yet)\\b)|\\s+(?=(after|before|since|until|ahead of)\\s)|(?<!\\bthe)\\s+(?=following\\s)",
            Pattern.CASE_INSENSITIVE);
    /** Rule: a comma followed by an -ing verb (optionally after an adverb) starts a participial tail. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            ",\\s+(?=(?:[a-z]+ly\\s+)?(?!including\\b|according\\b)[a-z]+ing\\b)");

    private ClauseSplitter() {
    }

    public static List<Clause> split(String text, TextSpan sentence) {
        List<int[]> cuts = new ArrayList<>();
        String s = text.substring(sentence.begin(), sentence.end());
        addCuts(CONJUNCTION.matcher(s), cuts, 0);
        addCuts(PARTICIPLE.matcher(s), cuts, 1);
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Clause> out = new ArrayList<>();
        int start = 0;
        boolean tail = false;
        boolean dependent = false;
        for (int[] c : cuts) {
            if (c[0] <= start) continue;
            if (listSemicolon(s, start, c)) continue;
            out.add(new Clause(new TextSpan(sentence.begin() + start, sentence.begin() + c[0]), tail, dependent));
            start = c[1];
            tail = c[2] == 1;
            dependent = tail || TEMPORAL.matcher(s.substring(c[1])).lookingAt();
        }
        out.add(new Clause(new TextSpan(sentence.begin() + start, sentence.end()), tail, dependent));
        return out;
    }

    /** Rule: a temporal adjunct ("after talks with ...") shares the subject of the clause before it. */
    private static final Pattern TEMPORAL = Pattern.compile("(?i)(after|before|since|until|ahead of|following)\\s");

    /** Rule: "Buenos Aires, Argentina; Quito, Ecuador; and Mexico City": a semicolon between short items of a list is no clause break. */
    private static boolean listSemicolon(String s, int start, int[] cut) {
        if (s.charAt(cut[0]) != ';' || s.substring(start, cut[0]).indexOf(',') < 0) return false;
        int next = s.indexOf(';', cut[1]);
        String item = s.substring(cut[1], next < 0 ? s.length() : next).strip();
        String[] words = item.split("\\s+");
        boolean opensWithConjunction = LIST_CONJUNCTIONS.matcher(item).lookingAt();
        return words.length <= 6 && (item.indexOf(',') >= 0 || opensWithConjunction);
    }

    private static final Pattern LIST_CONJUNCTIONS = Lexicon.anyOf(Lexicon.words("en/list-conjunctions.txt"));

    private static void addCuts(Matcher m, List<int[]> cuts, int kind) {
        while (m.find()) cuts.add(new int[] {m.start(), m.end(), kind});
    }
}
