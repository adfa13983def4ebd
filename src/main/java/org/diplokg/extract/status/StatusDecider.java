package org.diplokg.extract.status;

import org.diplokg.extract.MeetingStatus;

/**
 * Decides whether a reported meeting was held, is scheduled, proposed or cancelled. Two
 * implementations, swappable in the manner of OpenNLP's {@code RegexNameFinder} and
 * {@code NameFinderME}: {@link RuleStatusDecider}, the cues of {@code lang/en/status.rules}, and
 * {@link LearnedStatusDecider}, the rule backed up by a maximum-entropy model trained on the dev
 * corpus. Both are stateless and may be shared between threads.
 */
public interface StatusDecider {
    /** The rule alone: what the extractor uses unless told otherwise. */
    StatusDecider RULES = new RuleStatusDecider();

    MeetingStatus decide(StatusContext context);

    /** A short name for reports ("rules", "learned"). */
    String name();

    /** The decider named {@code name}: "rules", or "learned" (the rule backed up by the bundled model). */
    static StatusDecider named(String name) {
        return switch (name) {
            case "rules" -> RULES;
            case "learned" -> LearnedStatusDecider.bundled();
            default -> throw new IllegalArgumentException("no status decider named '" + name + "' (rules or learned)");
        };
    }
}
