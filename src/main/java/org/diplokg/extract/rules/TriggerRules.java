package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.article.TextSpan;

/**
 * Words that report a meeting (met, talks, summit, convened, hosted, visited, a pull-aside...),
 * and the contexts in which they do not: phone calls, a session with nobody named, words
 * inside the name of a gathering.
 */
public final class TriggerRules {
    /** Rule: the words that report a meeting. */
    public static final TextRule.Regex TRIGGER = TextRule.of("trigger",
            "\\b(met|meet|meets|meeting|meetings|talks|summit|summits|convened|convene|convenes|convening|hosted|host|hosts|"
            + "hosting|visited|visit|visits|visiting|discussions|session|pull-aside|pull aside|consultations|sat down|"
            + "sit down|negotiations|trilateral|bilateral|courtesy call|paid a call on|2\\+2|two-plus-two|got together|get together|meet up|face-to-face|received|receives|receiving|welcomed|welcomes|welcoming|called on|calls on|call on|"
            + Lexicon.words("en/trigger-words.txt").stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + "|"
            + "(next|\\d+(st|nd|rd|th)|second|third|fourth|fifth|new) round(?! of (the )?(election|elections|voting|vote|polls?|presidential|parliamentary|sanctions|tariffs|strikes|fighting|talks)))\\b");
    /** Rule: "was received in Tehran by ...": a passive reception is a meeting too. */
    public static final TextRule PASSIVE = TextRule.of("passive", "\\b(was|were|been|being)\\s+$");
    /** Rule: "called on" a person is a visit; "called on China to ..." is an appeal. */
    public static final TextRule CALLED_ON_VISIT = TextRule.of("called-on-visit",
            "^\\s+(the\\s+|his\\s+|her\\s+)?(?-i:\\p{Lu})(?!.{0,80}?\\bto\\s+(?-i:[a-z]))");
    /** Rule: "received" reports a meeting only when a visitor follows ("received Ukrainian President ..."), not a call or a letter. */
    public static final TextRule RECEIVED_VISITOR = TextRule.of("received-visitor",
            "^\\s+(the\\s+)?(visiting\\s+)?(?-i:\\p{Lu})(?![\\p{L}.-]*['’]s\\b)(?!\\S*\\s+(call|letter|message|invitation|award|prize|delegation's letter)\\b)");
    /** Rule: a phone or video contact is not a meeting. */
    public static final TextRule REMOTE = TextRule.of("remote", "\\b(phone|telephone|video|virtual|online)\\s*$");
    /** Rule: "session" reports a meeting only when its parties follow. */
    public static final TextRule SESSION_PARTIES = TextRule.of("session-parties", "^\\s*(\\w+\\s+){0,2}?(between|with|among)\\b");
    /** Rule: bare "trilateral"/"bilateral" count only before a meeting noun ("trilateral talks"), handled by the noun itself. */
    private static final Pattern MODIFIER = Pattern.compile("(?i)^(trilateral|bilateral)$");
    /** Rule: a definite meeting noun phrase that opens its clause ("The meeting", "During the trilateral summit"). */
    public static final TextRule.Regex DEFINITE_OPENING = TextRule.of("definite-opening",
            "^\\W*(\\w+\\s+){0,2}?(the|this|that|these|those|such|their|its|wednesday's|the [a-z]+'s)\\s+([\\w'\u2019-]+\\s+){0,4}?"
            + "(meeting|meetings|talks|summit|summits|visit|discussions|session|dialogue|gathering|negotiations|consultations)\\b");
    /** Rule: "It would be the first face-to-face meeting between the two leaders": a pronoun for a meeting already told. */
    public static final TextRule.Regex PRONOUN_OPENING = TextRule.of("pronoun-opening", "^\\W*(it|this|that)\\s+(would|will|was|is|could)\\s+be\\b");
    /** Rule: a contact by phone or video in the clause is not a meeting, whatever else the clause names. */
    public static final TextRule.Regex REMOTE_CONTACT = new TextRule.Regex("remote-contact", java.util.regex.Pattern.compile(
            "\\b(spoke|speaks|speaking|talked|talks|talking|held talks|conferred)\\s+(by|over the|on the)\\s+(phone|telephone|video)\\b"
            + "|\\b(phone|telephone|video) (call|conversation|link)\\b|" + Lexicon.anyOf(Lexicon.words("en/remote-contacts.txt")).pattern(),
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));
    /** Rule: verbs by which an anaphoric meeting introduces its participants ("The meeting brought together ..."). */
    public static final TextRule INTRODUCES = TextRule.of("introduces-participants",
            "^\\s*(\\w+\\s+){0,3}?(brought together|gathered|included|involved|featured|was attended by|were attended by|drew|"
            + "saw|between|with|among|of)\\b");

    private TriggerRules() {
    }

    /** Trigger spans inside {@code clause}, leaving out those inside {@code excluded} spans (gathering names). */
    public static List<TextSpan> find(String text, TextSpan clause, List<TextSpan> excluded) {
        List<TextSpan> out = new ArrayList<>();
        String s = text.substring(clause.begin(), clause.end());
        Matcher m = TRIGGER.pattern().matcher(s);
        while (m.find()) {
            TextSpan span = new TextSpan(clause.begin() + m.start(), clause.begin() + m.end());
            if (excluded.stream().anyMatch(x -> x.overlaps(span))) continue;
            String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (MODIFIER.matcher(word).matches()) continue;
            if (REMOTE.test(s.substring(0, m.start()))) continue;
            if (word.equals("session") && !SESSION_PARTIES.test(s.substring(m.end()))) continue;
            if ((word.startsWith("receiv") || word.startsWith("welcom")) && !RECEIVED_VISITOR.test(s.substring(m.end())) && !PASSIVE.test(s.substring(0, m.start()))) continue;
            if (word.endsWith(" on") && word.startsWith("call") && !CALLED_ON_VISIT.test(s.substring(m.end()))) continue;
            out.add(span);
        }
        return out;
    }

    /** Where the opening definite reference ("The talks", "At the end of the talks") ends, or -1 if there is none. */
    public static int anaphorEnd(String clauseText) {
        Matcher p = PRONOUN_OPENING.pattern().matcher(clauseText);
        if (p.find()) return clauseText.length(); // the meeting words after "It would be" describe the same meeting
        Matcher m = DEFINITE_OPENING.pattern().matcher(clauseText);
        if (!m.find()) return -1;
        return INTRODUCES.test(clauseText.substring(m.end())) ? -1 : m.end();
    }
}
