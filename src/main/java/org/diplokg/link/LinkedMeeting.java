package org.diplokg.link;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.Meeting;

/**
 * A meeting whose states, people, place and gathering have IRIs. {@code states} follows the
 * order of {@code meeting.parties()}.
 */
public record LinkedMeeting(Meeting meeting, List<LinkedEntity> states, List<LinkedParticipant> participants,
                            Optional<LinkedEntity> place, Optional<LinkedEntity> gathering,
                            Optional<LinkedEntity> convenor, List<LinkIssue> issues) {
    public LinkedMeeting {
        states = List.copyOf(states);
        participants = List.copyOf(participants);
        issues = List.copyOf(issues);
    }
}
