package org.diplokg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Where releases go: the local TDB2 store or a remote Fuseki. */
public interface ReleaseTarget {
    /** The release record as the target holds it now (release 0 and no graphs when empty). */
    StoreState state();

    /** A copy of one named graph (empty if absent), to validate the unchanged part of a release. */
    Graph graph(Node name);

    /** Adds the triples of the named graphs to {@code into}; the store reads them in one go. */
    default void copyInto(java.util.Collection<Node> names, Graph into) {
        for (Node g : names) graph(g).find().forEachRemaining(into::add);
    }

    /** Writes a release: all of it becomes visible at once where the target can promise that. */
    void apply(ReleasePlan plan);
}
