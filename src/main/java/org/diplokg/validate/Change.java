package org.diplokg.validate;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a release changes, as scoped validation needs it: the new or changed article graphs (the
 * shapes within one article run on each alone) and the triples the change adds to or removes from
 * the union of all graphs (from which the shapes across articles find the nodes to check). Scoped
 * validation of a change equals full validation of the new state only if the state before it
 * conformed to the same shapes.
 *
 * @param articleGraphs the new content of each article graph the release puts, by graph name
 * @param delta         triples in the new union and not the old, or in the old and not the new (a
 *                      superset is allowed: it only costs time)
 */
public record Change(Map<Node, Graph> articleGraphs, Set<Triple> delta) {
    public Change {
        articleGraphs = Map.copyOf(articleGraphs);
        delta = Set.copyOf(delta);
    }
}
