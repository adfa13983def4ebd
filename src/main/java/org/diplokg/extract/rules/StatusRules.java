package org.diplokg.extract.rules;

import org.diplokg.extract.MeetingStatus;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.LangPatterns;
import org.diplokg.lang.TextRule;

/**
 * Status from wording. Precedence: a cancellation (unless reversed) beats a proposal, which
 * beats a schedule; anything else was held. "Will host" is scheduled, "likely" proposed,
 * "called off" cancelled, "reversing an earlier cancellation" held. The cues are token patterns
 * of {@code lang/en/status.rules}.
 */
public final class StatusRules {
    private static final LangPatterns EN = LangPatterns.load("en", "status.rules");

    public static final TextRule.Tokens CANCELLED = EN.rule("cancelled");
    public static final TextRule.Tokens REVERSED = EN.rule("reversed");
    /** Rule: a postponement to a new time ("postponed to May 6-7") keeps the meeting on the calendar. */
    public static final TextRule.Tokens RESCHEDULED = EN.rule("rescheduled");
    public static final TextRule.Tokens PROPOSED = EN.rule("proposed");
    public static final TextRule.Tokens SCHEDULED = EN.rule("scheduled");
    /** Rule: the sentence denies that a meeting happens at all. */
    public static final TextRule.Tokens NEGATED = EN.rule("negated");
    /** Rule: an agreement or expectation to meet is a proposal until a time is given. */
    public static final TextRule.Tokens AGREED = EN.rule("agreed-to-meet");
    /** Rule: a time for a future meeting ("next month", "on Friday", "in April 2026", "later this year"). */
    public static final TextRule.Tokens TIMED = EN.rule("timed");
    /** Rule: "said he would visit Beijing in April 2026": a reported plan with a date is on the calendar. */
    public static final TextRule.Tokens REPORTED_FUTURE = EN.rule("reported-future");
    public static final TextRule.Tokens HEDGE = EN.rule("hedge");
    /** Rule: a meeting being prepared, not yet reported as held. */
    public static final TextRule.Tokens PLANNED = EN.rule("planned");
    private static final TextRule.Tokens ACCEPTED_INVITATION = EN.rule("accepted-invitation");
    /** Rule: wording that fixes a meeting in the calendar. */
    public static final TextRule.Tokens FIRM_SCHEDULE = EN.rule("firm-schedule");
    /** Rule: wording that makes a meeting a proposal whatever else is said (as opposed to a hedge like "likely"). */
    public static final TextRule.Tokens STRONG_PROPOSAL = EN.rule("strong-proposal");
    /** Rule: "looks forward to welcoming ... on Thursday": a wish with a day is on the calendar. */
    private static final TextRule.Tokens DATED_WISH = EN.rule("dated-wish");
    /** Rule: a day named ("on Thursday", "tomorrow", "November 30"), not only a week, month or year. */
    private static final TextRule.Tokens DAY_TIMED = EN.rule("day-timed");
    /** Rule: a plan or intention ("I plan to hold", "still plans to visit"); with a time it is on the calendar. */
    private static final TextRule.Tokens INTENT = EN.rule("intent");
    /** Rule: a plan in the pluperfect ("had been scheduled to") was overtaken; with a cancellation nearby it was called off. */
    public static final TextRule.Tokens SUPERSEDED_PLAN = EN.rule("superseded-plan");
    /** Rule: a verb of the window that tells the meeting as done (past or perfect). */
    public static final TextRule.Tokens TOLD_DONE = EN.rule("told-done");
    /** Rule: a title that announces the trip ahead ("Prime Minister to visit Brazil and Chile"). */
    public static final TextRule.Tokens ANNOUNCED = EN.rule("announced");
    /** Rule: a meeting in a condition ("until he and Putin got together") has not happened. */
    public static final TextRule.Tokens CONDITIONAL = EN.rule("conditional");

    private StatusRules() {
    }

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
        return decide(TokenSeq.of(window), reported, sentence, paragraph);
    }

    /** The window is cut into tokens once; the rest only where a rule reads it. */
    private static MeetingStatus decide(TokenSeq window, String reported, String sentence, String paragraph) {
        if (CONDITIONAL.test(window)) {
            // "If circumstances permit, I plan to visit ... from July 15-21": a dated plan behind a courtesy hedge
            boolean datedPlan = (PLANNED.test(window) || FIRM_SCHEDULE.test(window)) && TIMED.test(window);
            return datedPlan ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        }
        if (RESCHEDULED.test(reported)) return MeetingStatus.SCHEDULED;
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
                    && (FIRM_SCHEDULE.test(window) || (REPORTED_FUTURE.test(window) && !HEDGE.test(window) && TIMED.test(window))
                        || (DATED_WISH.test(window) && !HEDGE.test(window) && DAY_TIMED.test(window)));
            // "invited President Lula to visit Washington in early February ..., and President Lula accepted the invitation"
            boolean acceptedDated = ACCEPTED_INVITATION.test(sentence) && TIMED.test(window) && !HEDGE.test(window);
            // "The President still plans to visit Japan and the Republic of Korea in November"
            boolean datedPlan = !HEDGE.test(window) && INTENT.test(window) && TIMED.test(window);
            return hedgeOnly || acceptedDated || datedPlan ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        }
        if (AGREED.test(window)) return TIMED.test(window) ? MeetingStatus.SCHEDULED : MeetingStatus.PROPOSED;
        if (SCHEDULED.test(window)) return MeetingStatus.SCHEDULED;
        return MeetingStatus.HELD;
    }
}
