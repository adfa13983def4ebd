package org.diplokg.extract.status;

import org.diplokg.extract.MeetingStatus;

/**
 * Decides whether a reported meeting was held, is scheduled, proposed or cancelled, swappable
 * in the manner of OpenNLP's {@code RegexNameFinder} and {@code NameFinderME}:
 * {@link RuleStatusDecider} reads the cues of {@code lang/en/status.rules}. A decider may be
 * called from one thread at a time per extractor.
 */
public interface StatusDecider {
    /** The rule alone: what the extractor uses unless told otherwise. */
    StatusDecider RULES = new RuleStatusDecider();

    MeetingStatus decide(StatusContext context);

    /** A short name for reports ("rules", "learned"). */
    String name();
}
