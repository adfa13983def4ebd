package org.diplokg.link;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.gazetteer.EntityKind;

/**
 * An entity as published: its IRI, label, and a Wikidata QID only when it was checked. For a
 * gazetteer person, {@code offices} are the offices the gazetteer says they held.
 */
public record LinkedEntity(String iri, String label, EntityKind kind, Optional<String> qid, LinkBasis basis,
                           List<HeldOffice> offices) {
    public LinkedEntity {
        offices = List.copyOf(offices);
    }

    public LinkedEntity(String iri, String label, EntityKind kind, Optional<String> qid, LinkBasis basis) {
        this(iri, label, kind, qid, basis, List.of());
    }
}
