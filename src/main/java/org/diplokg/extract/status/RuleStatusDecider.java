package org.diplokg.extract.status;

import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.rules.StatusRules;

/** The status from the cues of {@code lang/en/status.rules}, as {@link StatusRules#decide} reads them, and the title's announcement of a trip ahead. */
public final class RuleStatusDecider implements StatusDecider {
    @Override
    public MeetingStatus decide(StatusContext c) {
        MeetingStatus worded = StatusRules.decide(c.window(), c.reported(), c.sentence(), c.paragraph());
        // "Rio de Janeiro is the first stop during Prime Minister Stoltenberg's visit to Brazil and Chile" under the title
        // "Prime Minister to visit Brazil and Chile": told without a tense of its own, a meeting of an announced trip is ahead
        if (worded == MeetingStatus.HELD && !StatusRules.TOLD_DONE.test(c.window()) && StatusRules.ANNOUNCED.test(c.title())) {
            return MeetingStatus.SCHEDULED;
        }
        return worded;
    }

    @Override
    public String name() {
        return "rules";
    }
}
