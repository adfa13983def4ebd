package org.diplokg.extract.rules;

import java.util.List;

import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.LangPatterns;
import org.diplokg.lang.TextRule;

/**
 * Where the participants of a meeting report end and its topic begins: "to discuss", "amid",
 * "over", "regarding", "including", "in an effort to", a relative clause. States named after
 * that point (North Korea in "talks on North Korea's missile tests") are topics, not parties.
 * The patterns are those of {@code lang/en/window.rules}: each {@code topic-*} starts a topic.
 */
public final class WindowRules {
    private static final LangPatterns EN = LangPatterns.load("en", "window.rules");
    private static final String TOPIC = "topic-";
    /** Topic starts that a short topic and then the parties may follow ("a summit on migration with Peru"). */
    private static final String SHORT_TOPIC = "topic-short-";

    public static final List<TextRule.Tokens> TOPIC_STARTS = EN.file().all().values().stream()
            .filter(p -> p.name().startsWith(TOPIC)).map(TextRule::of).toList();
    /** Rule: a topic of up to three words, then "with"/"between"/"among" and a name. */
    private static final TokenPattern PARTIES_FOLLOW = EN.pattern("parties-follow");
    /** Rule: "Officials said (that) ..." — the speaker of a report is not a party to what it reports. */
    public static final TextRule.Tokens LEADING_ATTRIBUTION = EN.rule("leading-attribution");

    private WindowRules() {
    }

    /** Where the reported content starts after a leading attribution before {@code trigger}, or -1. */
    public static int afterAttribution(String clause, int trigger) {
        TokenSeq ts = TokenSeq.of(clause);
        TokenPattern p = LEADING_ATTRIBUTION.pattern();
        int end = -1;
        // the content starts at the word after the attribution and the white space that follows it
        for (Match m = p.find(ts, 0); m != null && ts.beginOf(m.end()) <= trigger; m = p.find(ts, m.end())) end = ts.beginOf(m.end());
        return end;
    }

    /** The offset (relative to {@code clause}) where the topic starts after {@code from}, or the clause length. */
    public static int topicStart(String clause, int from) {
        TokenSeq ts = TokenSeq.of(clause);
        int best = clause.length();
        for (TextRule.Tokens r : TOPIC_STARTS) {
            int at = r.find(ts, from);
            // "a summit on migration with Peru and Bolivia": a short topic before the parties does not end them
            while (at >= 0 && r.name().startsWith(SHORT_TOPIC) && PARTIES_FOLLOW.matchAt(ts, ts.indexAt(at)) != null) {
                at = r.find(ts, at + 1);
            }
            if (at >= 0 && at < best) best = at;
        }
        return best;
    }
}
