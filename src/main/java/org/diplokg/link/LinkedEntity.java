package org.diplokg.link;

import java.util.Optional;

import org.diplokg.extract.gazetteer.EntityKind;

/** An entity as published: its IRI, label, and a Wikidata QID only when it was checked. */
public record LinkedEntity(String iri, String label, EntityKind kind, Optional<String> qid, LinkBasis basis) {
}
