package org.diplokg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * One meeting across its reports: its IRI (kept from a prior release or minted from its earliest
 * report), its reports in publication order, why each joined, its current status, and the IRIs of
 * meetings merged into it.
 */
public record ResolvedMeeting(Node iri, List<Report> reports, Map<Node, String> basis, Node status, Set<Node> aliases) {
    public ResolvedMeeting {
        reports = List.copyOf(reports);
        basis = Map.copyOf(basis);
        aliases = Set.copyOf(aliases);
    }
}
