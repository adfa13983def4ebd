package org.diplokg.extract.rules;

import java.util.Optional;

import org.diplokg.extract.MeetingLevel;
import org.diplokg.extract.PersonRef;
import org.diplokg.extract.gazetteer.Entity;

/** A named person met earlier in the article, kept for "the new Japanese leader" and "Minister Park". */
public record KnownPerson(int offset, PersonRef ref, Optional<Entity> state, Optional<MeetingLevel> level) {
}
