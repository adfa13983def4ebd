package org.diplokg.extract;

import java.util.List;
import java.util.Optional;

/**
 * One meeting reported by one article, however many sentences mention it. Every fact carries
 * the evidence it came from; {@code evidence} holds the sentences that state the meeting.
 */
public record Meeting(String articleId, MeetingStatus status, Optional<MeetingLevel> level, List<Party> parties,
                      Optional<PlaceRef> place, Optional<PlaceRef> sidelines, Optional<MeetingDate> date,
                      List<EvidenceSpan> evidence) {
    public Meeting {
        parties = List.copyOf(parties);
        evidence = List.copyOf(evidence);
    }
}
