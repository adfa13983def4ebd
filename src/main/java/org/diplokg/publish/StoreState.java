package org.diplokg.publish;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What a store holds now, as its release record says: the last release number, the checksum
 * recorded for each named graph, and the release graph itself (the next release extends it).
 */
public record StoreState(int release, Map<Node, String> checksums, Graph releases) {
    public StoreState {
        TreeMap<Node, String> sorted = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        sorted.putAll(checksums);
        checksums = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * The digest of the shapes the last release was validated against and conforms to, if the
     * record says so (a bulk load or a store written before releases said it does not): scoped
     * validation of the next release relies on it.
     */
    public java.util.Optional<String> conformsTo() {
        return ReleaseRecord.conformsTo(releases, release);
    }
}
