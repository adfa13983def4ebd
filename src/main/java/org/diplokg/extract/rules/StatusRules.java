package org.diplokg.extract.rules;

import org.diplokg.extract.MeetingStatus;

/**
 * Status from wording. Precedence: a cancellation (unless reversed) beats a proposal, which
 * beats a schedule; anything else was held. "Will host" is scheduled, "likely" proposed,
 * "called off" cancelled, "reversing an earlier cancellation" held.
 */
public final class StatusRules {
    public static final TextRule CANCELLED = TextRule.of("cancelled",
            "\\b(cancel+ed|cancel+ation|cancel+ing|cancels|called off|call(s|ing)? off|postpone[ds]?|postponement|scrapped|"
            + "unable to (travel|attend|meet|make it)|pulled out of|shelved|abandoned)\\b");
    public static final TextRule REVERSED = TextRule.of("reversed",
            "\\b(revers(ed|ing|al)|after all|went ahead|go ahead|nevertheless|took place|eventually|finally|in the end)\\b");
    public static final TextRule PROPOSED = TextRule.of("proposed",
            "\\b(plans? to|planning to|propos(e|ed|es|al|ing)|invit(ed|es|ation|ing)|(un)?likely|potential(ly)?|possible|"
            + "possibly|possibility|speculat\\w*|(?-i:may)|might|could|would|hop(e|es|ed|ing) to|consider(s|ed|ing)?|seek(s|ing)?|"
            + "sought|push(es|ing)? for|call(s|ed)? for|offer(s|ed)? to|ruled out|rule out|open to|willing to|mull\\w*|"
            + "prospect of|in the near term|eventual|challeng(e|ed|es|ing) \\w+ to|urg(e|ed|es|ing) \\w+ to|explor(e|es|ed|ing)|"
            + "intention to|intends? to|wants? to|would like to|wish(es)? to|look(s|ed|ing)? forward to|(good |fair |slim )?chances? (of|for)|"
            + "accepted in principle|in principle|float(s|ed|ing)|(stands?|is|are) ready to|ready to host|offer(s|ed)? to host|ruled out|"
            + "will be no|not on the agenda|work(s|ed|ing)? towards?)\\b");
    public static final TextRule SCHEDULED = TextRule.of("scheduled",
            "\\b(will|shall|is to|are to|scheduled|set to|slated|due to (meet|hold|visit|host|travel)|upcoming|"
            + "next (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            + "later this (week|month|year)|(is|are) expected to|to be held|this coming)\\b|\\w'll\\b");
    /** Rule: the sentence denies that a meeting happens at all. */
    public static final TextRule NEGATED = TextRule.of("negated",
            "\\b(did not|didn't|does not|doesn't|will not|won't|would not|never|refused to|declined to|without) (meet|hold|host|visit|sit down)\\b"
            + "|\\b(have|has|had) (not|never) (met|held talks|sat down)\\b|\\b(haven't|hasn't|hadn't) (met|held talks)\\b|\\bnever met\\b"
            + "|\\bno (plans? to meet|(\\w+ )?(meeting|summit|talks|visit)s? (took place|was held|were held|is planned|are planned|has been planned|will take place))\\b"
            + "|\\b(denied|dismissed) (reports|rumou?rs|claims)\\b|\\b(held|had|holds) no (\\w+ )?(talks|meeting|meetings|contact)\\b"
            + "|\\b(did not|didn't) (hold|have) (any )?(\\w+ )?(talks|meeting)\\b|\\bdid not travel\\b");
    /** Rule: an agreement or expectation to meet is a proposal until a time is given. */
    public static final TextRule AGREED = TextRule.of("agreed-to-meet",
            "\\b(agree[ds]?|agreeing|vowed|pledged) to (meet|hold|host|visit|convene|resume)\\b");
    /** Rule: a time for a future meeting ("next month", "on Friday", "in April 2026", "later this year"). */
    public static final TextRule TIMED = TextRule.of("timed",
            "\\b(next|this coming|later this) (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
            + "|\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\btomorrow\\b"
            + "|\\b(in|on|from) (january|february|march|april|june|july|august|september|october|november|december)\\b"
            + "|\\b(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2},?\\s+)?\\d{4}\\b"
            + "|\\b(first|second) half of\\b|\\bin (19|20)\\d{2}\\b");

    private StatusRules() {
    }

    /** Rule: "said he would visit Beijing in April 2026": a reported plan with a date is on the calendar. */
    public static final TextRule REPORTED_FUTURE = TextRule.of("reported-future", "\\bwould\\b");
    public static final TextRule HEDGE = TextRule.of("hedge",
            "\\b(likely|possible|possibly|potential(ly)?|(?-i:may)|might|could|perhaps|maybe|speculat\\w*|chances?)\\b");
    /** Rule: a meeting being prepared, not yet reported as held. */
    public static final TextRule PLANNED = TextRule.of("planned",
            "\\b(planned|being (planned|prepared|arranged|organi[sz]ed)|in preparation|preparations (for|are under way)"
            + "|plans? to (visit|travel|meet|hold|attend|host))\\b");

    /** Rule: wording that fixes a meeting in the calendar. */
    public static final TextRule FIRM_SCHEDULE = TextRule.of("firm-schedule",
            "\\b(is|are|was|were) (scheduled|set|slated|due) to\\b|\\bwill (meet|host|hold|visit)\\b");
    /** Rule: wording that makes a meeting a proposal whatever else is said (as opposed to a hedge like "likely"). */
    public static final TextRule STRONG_PROPOSAL = TextRule.of("strong-proposal",
            "\\b(plans? to|planning to|propos\\w+|invit\\w+|unlikely|speculat\\w+|hop(e|es|ed|ing) to|push(es|ing)? for|"
            + "call(s|ed)? for|offer(s|ed)? to|ruled out|challeng\\w+|urg\\w+|explor\\w+|intention|intends?)\\b");

    /** Rule: a plan in the pluperfect ("had been scheduled to") was overtaken; with a cancellation nearby it was called off. */
    public static final TextRule SUPERSEDED_PLAN = TextRule.of("superseded-plan",
            "\\bhad (been )?(scheduled|expected|due|set|planned|slated|intended)\\b|\\bhad (also )?planned\\b");

    /** Rule: a meeting in a condition ("until he and Putin got together") has not happened. */
    public static final TextRule CONDITIONAL = TextRule.of("conditional", "^\\W*(until|unless|if|whether)\\b");

    /** The status with no surrounding paragraphs to consult. */
    public static MeetingStatus decide(String window, String reported, String sentence) {
        return decide(window, reported, sentence, "");
    }

    /**
     * @param window    the clause up to where its topic starts; proposal and schedule cues count here
     * @param reported  the whole clause and its participial tails; cancellations count here
     * @param sentence  the whole sentence; a reversal anywhere in it turns a cancellation into held
     * @param paragraph the paragraphs around the sentence, where a change of plan is usually told
     */
    public static MeetingStatus decide(String window, String reported, String sentence, String paragraph) {
        if (CONDITIONAL.test(window)) {
            // "If circumstances permit, I plan to visit ... from July 15-21": a dated plan behind a courtesy hedge
            boolean datedPlan = (PLANNED.test(window) || FIRM_SCHEDULE.test(window)) && TIMED.test(window);
            return datedPlan ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        }
        if (CANCELLED.test(reported)) {
            return REVERSED.test(sentence) ? MeetingStatus.HELD : MeetingStatus.CANCELLED;
        }
        if (FIRM_SCHEDULE.test(window) && CANCELLED.test(sentence) && !REVERSED.test(sentence)) {
            // "were due to hold talks on Tuesday, but New Delhi called off the meeting"
            return MeetingStatus.CANCELLED;
        }
        if (SUPERSEDED_PLAN.test(window) && CANCELLED.test(paragraph) && !REVERSED.test(paragraph)) {
            return MeetingStatus.CANCELLED;
        }
        if (PLANNED.test(window) && !PROPOSED.test(window)) {
            // "a planned visit on Friday" is on the calendar; "a summit is being planned" is not yet
            return TIMED.test(window) ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        }
        if (PROPOSED.test(window)) {
            // "is scheduled to hold what is likely his final meeting": a fixed plan outweighs a hedge
            boolean hedgeOnly = !STRONG_PROPOSAL.test(window)
                    && (FIRM_SCHEDULE.test(window) || (REPORTED_FUTURE.test(window) && !HEDGE.test(window) && TIMED.test(window)));
            return hedgeOnly ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        }
        if (AGREED.test(window)) return TIMED.test(window) ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        if (SCHEDULED.test(window)) return MeetingStatus.SCHEDULED;
        return MeetingStatus.HELD;
    }
}
