package org.diplokg.extract;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.gazetteer.Entity;

/**
 * A person as the text gives them: a name (possibly unknown to the gazetteer), the gazetteer
 * people that name could be, and the office named beside it. A title without a name gives an
 * empty {@code name}; the linker may then resolve the person by office and date.
 */
public record PersonRef(String name, List<Entity> candidates, Optional<Entity> office,
                        List<EvidenceSpan> evidence) {
    public PersonRef {
        candidates = List.copyOf(candidates);
        evidence = List.copyOf(evidence);
    }

    public boolean named() {
        return !name.isBlank();
    }
}
