package org.diplokg.extract.rules;

import java.util.List;

/**
 * Where the participants of a meeting report end and its topic begins: "to discuss", "amid",
 * "over", "regarding", "including", "in an effort to", a relative clause. States named after
 * that point (North Korea in "talks on North Korea's missile tests") are topics, not parties.
 */
public final class WindowRules {
    public static final List<TextRule> TOPIC_STARTS = List.of(
            TextRule.of("purpose-infinitive", "(?<!\\b(set|due|able|going|likely|expected|scheduled|slated|plans?|planning|agreed|hopes?|wants?|intends?|unlikely|invited|ready|about|yet|willing) )"
                    + "\\bto (?!(the|a|an|his|her|their|its|be|have|meet|host|hold|visit|attend|travel|sit|convene|talk|discuss trilateral)\\b)(?-i:[a-z]+)\\b"),
            TextRule.of("amid", "\\bamid(st)?\\b"),
            TextRule.of("over-topic", "\\bover (?!(the|a|an) (weekend|phone)|\\d)"),
            TextRule.of("about", "\\babout\\b"),
            TextRule.of("regarding", "\\b(regarding|concerning|including|such as|focus(ed|ing)? on|centred on|centered on)\\b"),
            TextRule.of("effort", "\\b(in an effort|in a bid|aimed at|aiming|in response to|in the face of|due to|because|as part of)\\b"),
            TextRule.of("against", "\\b(against|toward|towards)\\b"),
            TextRule.of("relative-clause", "(,\\s*|\\s)(which|who|whose|that|where)\\b"),
            TextRule.of("topic-on", "(?<!\\b(call|called|calls|calling) )\\bon (?!(the (sidelines|margins|fringes|occasion|side)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december|\\d))"),
            TextRule.of("despite", "\\bdespite\\b"),
            TextRule.of("as-conjunction", "\\b(come|comes|came|coming) as\\b"),
            TextRule.of("trailing-attribution", ",\\s+(according to|(said|says|told)\\b|[\\w'’-]+(\\s+[\\w'’-]+){0,5}\\s+(said|says|told|reported|announced|confirmed)\\b)"));

    /** Rule: "Officials said (that) ..." — the speaker of a report is not a party to what it reports. */
    public static final TextRule.Regex LEADING_ATTRIBUTION = TextRule.of("leading-attribution",
            "\\b(said|say|says|told (reporters|journalists)|according to [^,]+,)\\s+(that\\s+)?");

    /** Where the reported content starts after a leading attribution before {@code trigger}, or -1. */
    public static int afterAttribution(String clause, int trigger) {
        java.util.regex.Matcher m = LEADING_ATTRIBUTION.pattern().matcher(clause);
        int end = -1;
        while (m.find() && m.end() <= trigger) end = m.end();
        return end;
    }

    private WindowRules() {
    }

    /** The offset (relative to {@code clause}) where the topic starts after {@code from}, or the clause length. */
    public static int topicStart(String clause, int from) {
        int best = clause.length();
        for (TextRule r : TOPIC_STARTS) {
            int at = r.find(clause, from);
            // "a summit on migration with Peru and Bolivia": a short topic before the parties does not end them
            while (at >= 0 && SHORT_TOPICS.contains(r.name()) && PARTIES_FOLLOW.matcher(clause.substring(at)).lookingAt()) {
                at = r.find(clause, at + 1);
            }
            if (at >= 0 && at < best) best = at;
        }
        return best;
    }

    private static final java.util.Set<String> SHORT_TOPICS = java.util.Set.of("topic-on", "over-topic", "about");
    /** Rule: a topic of up to three words, then "with"/"between"/"among" and a name. */
    private static final java.util.regex.Pattern PARTIES_FOLLOW = java.util.regex.Pattern.compile(
            "(on|over|about)\\s+((?!(summit|summits|talks|meeting|meetings|visit)\\b)[\\w'’-]+\\s+){1,3}?(with|between|among)\\s+(the\\s+)?\\p{Lu}");
}
