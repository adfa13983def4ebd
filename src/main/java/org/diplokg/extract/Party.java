package org.diplokg.extract;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.gazetteer.Entity;

/** One participating state of a meeting, its named or titled representatives, and the evidence for the state. */
public record Party(Entity state, List<PersonRef> people, Optional<MeetingLevel> level, List<EvidenceSpan> evidence) {
    public Party {
        people = List.copyOf(people);
        evidence = List.copyOf(evidence);
    }
}
