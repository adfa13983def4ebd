package org.diplokg.extract.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.LangPatterns;
import org.diplokg.lang.TextRule;

/**
 * The cues a meeting frame is read with, beside its meeting word: whether the clause refers back
 * to a meeting or reports another, how many parties it counts, who its pronoun subject is. The
 * cues are token patterns of {@code lang/en/frames.rules}; the counts of number words are in
 * {@code lang/en/party-counts.tsv}.
 */
public final class FrameRules {
    private static final LangPatterns EN = LangPatterns.load("en", "frames.rules");

    public static final TextRule.Tokens OCCURRENCE = EN.rule("occurrence");
    public static final TextRule.Tokens SEPARATE = EN.rule("separate");
    public static final TextRule.Tokens RECOLLECTION = EN.rule("recollection");
    public static final TextRule.Tokens TRILATERAL = EN.rule("trilateral");
    public static final TextRule.Tokens BILATERAL = EN.rule("bilateral");
    public static final TextRule.Tokens HOSTING = EN.rule("hosting");
    public static final TextRule.Tokens DEFINITE_TRIGGER = EN.rule("definite-trigger");
    public static final TextRule.Tokens SUMMIT = EN.rule("summit-word");
    public static final TextRule.Tokens SERIES = EN.rule("series");
    public static final TextRule.Tokens COUNTERPARTS_OF = EN.rule("counterparts-of");
    /** Rule: "a Meeting With President Boric of Chile" told without a subject: the speaker's side meets them. */
    public static final TextRule.Tokens MEETING_WITH = EN.rule("meeting-with");
    public static final TextRule.Tokens TEMPORAL_OPENING = EN.rule("temporal-opening");
    /** Rule: the one who visits, named after a visit noun ("the visit of President X to Türkiye"). */
    public static final TextRule.Tokens VISIT_AGENT = EN.rule("visit-agent");
    private static final TokenPattern PRONOUN = EN.pattern("pronoun");
    private static final TokenPattern NUMBERED = EN.pattern("numbered");
    private static final Map<String, Integer> COUNTS = Lexicon.table("en/party-counts.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.cell(0).toLowerCase(Locale.ROOT), r -> r.number(1, 20)));

    private FrameRules() {
    }

    /** The first pronoun subject ("he", "she") in {@code text[from, to)}. */
    public static Optional<TextSpan> pronoun(String text, int from, int to) {
        Match m = PRONOUN.find(TokenSeq.of(text.substring(from, to)));
        return m == null ? Optional.empty() : Optional.of(new TextSpan(from + m.begin(), from + m.charEnd()));
    }

    /** How many parties the first numbered phrase of {@code text} counts ("the three countries": 3), 0 if none or it gives no number. */
    /** Whether the text has a "numbered" phrase at all, with a count or not ("the leaders", "both sides"). */
    public static boolean plural(String text) {
        return NUMBERED.find(TokenSeq.of(text)) != null;
    }

    public static int numbered(String text) {
        Match m = NUMBERED.find(TokenSeq.of(text));
        if (m == null) return 0;
        TextSpan word = m.group("count") != null ? m.group("count") : m.group("det");
        return COUNTS.getOrDefault(text.substring(word.begin(), word.end()).toLowerCase(Locale.ROOT), 0);
    }
}
