package org.diplokg.publish;

import java.time.Instant;
import java.util.List;

/**
 * One release of the dataset: its number, when it was made, how big the published data is, and
 * which articles it added, changed or withdrew (identifiers, sorted).
 */
public record Release(int number, Instant issued, int articles, long triples,
                      List<String> added, List<String> changed, List<String> removed) {
    public Release {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** E.g. {@code "release 3: 1 added, 1 changed, 0 removed; 5 articles, 1536 triples"}. */
    public String summary() {
        return "release " + number + ": " + added.size() + " added, " + changed.size() + " changed, "
                + removed.size() + " removed; " + articles + " articles, " + triples + " triples";
    }
}
