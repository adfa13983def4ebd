package org.diplokg.extract;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.gazetteer.Entity;

/**
 * A place or gathering as written: {@code label} is the text (for a gathering, its noun phrase
 * without the article), {@code entity} the gazetteer entry when one matches, {@code convenor} the
 * organization named inside a gathering's phrase.
 */
public record PlaceRef(String label, Optional<Entity> entity, Optional<Entity> convenor, List<EvidenceSpan> evidence) {
    public PlaceRef {
        evidence = List.copyOf(evidence);
    }
}
