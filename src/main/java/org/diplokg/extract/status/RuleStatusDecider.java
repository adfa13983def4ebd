package org.diplokg.extract.status;

import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.rules.StatusRules;

/** The status from the cues of {@code lang/en/status.rules}, as {@link StatusRules#decide} reads them. */
public final class RuleStatusDecider implements StatusDecider {
    @Override
    public MeetingStatus decide(StatusContext c) {
        return StatusRules.decide(c.window(), c.reported(), c.sentence(), c.paragraph());
    }

    @Override
    public String name() {
        return "rules";
    }
}
