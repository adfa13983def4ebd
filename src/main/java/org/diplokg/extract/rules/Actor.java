package org.diplokg.extract.rules;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.EvidenceSpan;
import org.diplokg.extract.MeetingLevel;
import org.diplokg.extract.PersonRef;
import org.diplokg.extract.gazetteer.Entity;

/** A state taking part as the text says, possibly through a named or titled person, at a level if known. */
public record Actor(Entity state, Optional<PersonRef> person, Optional<MeetingLevel> level, List<EvidenceSpan> evidence) {
    public Actor {
        evidence = List.copyOf(evidence);
    }
}
