package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.lang.TextSpan;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.LangPatterns;
import org.diplokg.lang.TextRule;

/**
 * Words that report a meeting (met, talks, summit, convened, hosted, visited, a pull-aside...),
 * and the contexts in which they do not: phone calls, a session with nobody named, words
 * inside the name of a gathering. The words and contexts are token patterns of
 * {@code lang/en/triggers.rules}.
 */
public final class TriggerRules {
    private static final LangPatterns EN = LangPatterns.load("en", "triggers.rules");

    /** Rule: the words that report a meeting. */
    public static final TextRule.Tokens TRIGGER = EN.rule("trigger");
    /** Rule: a contact by phone or video in the clause is not a meeting, whatever else the clause names. */
    public static final TextRule.Tokens REMOTE_CONTACT = EN.rule("remote-contact");

    private TriggerRules() {
    }

    /** Trigger spans inside {@code clause}, leaving out those inside {@code excluded} spans (gathering names). */
    public static List<TextSpan> find(String text, TextSpan clause, List<TextSpan> excluded) {
        List<TextSpan> out = new ArrayList<>();
        String s = text.substring(clause.begin(), clause.end());
        TokenSeq ts = TokenSeq.of(s);
        TextSpan trip = null;
        for (Match m = TRIGGER.pattern().find(ts, 0); m != null; m = TRIGGER.pattern().find(ts, m.end())) {
            TextSpan span = new TextSpan(clause.begin() + m.begin(), clause.begin() + m.charEnd());
            if (excluded.stream().anyMatch(x -> x.overlaps(span))) continue;
            // bare "trilateral"/"bilateral" count only before a meeting noun ("trilateral talks"), handled by the noun itself
            if (m.group("modifier") != null) continue;
            String before = s.substring(0, m.begin());
            String after = s.substring(m.charEnd());
            if (EN.test("remote", before)) continue; // a phone or video contact is not a meeting
            // "session" needs its parties after it; "received" a visitor after it ("received Ukrainian President ...",
            // not a call or a letter) or a passive before it ("was received in Tehran by"); "called on" a person
            if (m.group("session") != null && !EN.test("session-parties", after)) continue;
            if (m.group("reception") != null && !EN.test("received-visitor", after) && !EN.test("passive", before)) continue;
            if (m.group("call-on") != null && !EN.test("called-on-visit", after)) continue;
            out.add(span);
            if (m.group("trip") != null) trip = span;
        }
        // "Secretary Blinken's trip to Hiroshima, where he joined the G7 leaders' meetings": the trip only frames the meeting
        if (trip != null && out.size() > 1) out.remove(trip);
        return out;
    }

    /** True when what stands before a visit word opens the clause as a frame only ("During a visit to", "Visiting"). */
    public static boolean visitOpening(String beforeVisit) {
        return EN.test("visit-opening", beforeVisit);
    }

    /** True when an opening reference ends with who meets, by a possessive: "The Prime Minister's visit", "President Obama's travel". */
    public static boolean agentOpening(String opening) {
        return EN.test("agent-possessive", opening);
    }

    /** Where the opening definite reference ("The talks", "At the end of the talks") ends, or -1 if there is none. */
    public static int anaphorEnd(String clauseText) {
        TokenSeq ts = TokenSeq.of(clauseText);
        // "It would be the first face-to-face meeting between the two leaders": a pronoun for a meeting already told
        if (EN.pattern("pronoun-opening").test(ts)) return clauseText.length();
        Match m = EN.pattern("definite-opening").find(ts);
        if (m == null) return -1;
        // "The meeting brought together ...": an anaphoric meeting that introduces its participants is read as new
        return EN.test("introduces-participants", clauseText.substring(m.charEnd())) ? -1 : m.charEnd();
    }
}
