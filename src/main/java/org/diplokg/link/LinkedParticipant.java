package org.diplokg.link;

import java.util.List;

import org.diplokg.extract.EvidenceSpan;

/** A person taking part for a state, with the spans that name them. */
public record LinkedParticipant(LinkedEntity person, LinkedEntity state, List<EvidenceSpan> evidence) {
    public LinkedParticipant {
        evidence = List.copyOf(evidence);
    }
}
