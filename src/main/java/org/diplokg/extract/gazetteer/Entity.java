package org.diplokg.extract.gazetteer;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.MeetingLevel;

/**
 * A gazetteer entry. The IRI is the one DiploKG publishes; {@code qid} is present only for
 * identifiers that were checked, so an entry without one is never linked to Wikidata.
 *
 * @param country for a place or office, the state it belongs to; for a state, empty
 * @param level   for an office, the level its holders give a meeting
 * @param holdings for a person, the offices held
 */
public record Entity(String iri, EntityKind kind, String label, Optional<String> qid,
                     Optional<String> country, Optional<MeetingLevel> level, List<Holding> holdings) {
    public Entity {
        holdings = List.copyOf(holdings);
    }

    @Override
    public String toString() {
        return label + " <" + iri + ">";
    }
}
