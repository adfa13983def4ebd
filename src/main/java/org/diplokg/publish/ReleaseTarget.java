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

    /**
     * The triples of {@code triples} that at least one of {@code graphs} holds, so that scoped
     * validation knows which triples of the changed graphs the union keeps (or had) anyway. A target
     * that cannot tell cheaply answers none: the change then looks larger, which costs time, not
     * correctness.
     */
    default java.util.Set<org.apache.jena.graph.Triple> held(java.util.Set<Node> graphs,
                                                               java.util.Collection<org.apache.jena.graph.Triple> triples) {
        return java.util.Set.of();
    }

    /** {@link #held} answered by a dataset: one index lookup per triple (inside a read transaction, where it has them). */
    static java.util.Set<org.apache.jena.graph.Triple> heldIn(org.apache.jena.sparql.core.DatasetGraph dsg, java.util.Set<Node> graphs,
                                                              java.util.Collection<org.apache.jena.graph.Triple> triples) {
        java.util.Set<org.apache.jena.graph.Triple> out = new java.util.HashSet<>();
        for (org.apache.jena.graph.Triple t : triples) {
            var quads = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            try {
                while (quads.hasNext()) {
                    if (graphs.contains(quads.next().getGraph())) {
                        out.add(t);
                        break;
                    }
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(quads);
            }
        }
        return out;
    }

    /** Writes a release: all of it becomes visible at once where the target can promise that. */
    void apply(ReleasePlan plan);

    /**
     * Named graphs the target holds that the release record does not list, left by a write that was
     * interrupted (none where writes are transactions).
     */
    default java.util.Set<Node> strays(StoreState recorded) {
        return java.util.Set.of();
    }

    /** Recorded graphs that an interrupted write may have changed or deleted: the next release writes them again. */
    default java.util.Set<Node> interrupted(StoreState recorded) {
        return java.util.Set.of();
    }

    /** Deletes graphs that no release records. */
    default void discard(java.util.Set<Node> graphs) {
        if (!graphs.isEmpty()) throw new UnsupportedOperationException("this target holds no stray graphs");
    }
}
