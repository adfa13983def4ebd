package org.diplokg.resolve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.diplokg.rdf.IriScheme;
import org.diplokg.rdf.vocab.DKG;

/**
 * The meetings a store already publishes: which meeting each report belongs to, and which merged
 * meeting IRIs are aliases ({@code owl:sameAs}) of each. The resolver keeps these IRIs.
 */
public record PriorMeetings(Map<Node, Node> meetingOfReport, Map<Node, Set<Node>> aliases) {
    public static final PriorMeetings NONE = new PriorMeetings(Map.of(), Map.of());

    public PriorMeetings {
        meetingOfReport = Map.copyOf(meetingOfReport);
        aliases = Map.copyOf(aliases);
    }

    /** Reads {@code dkg:reportOf} links and meeting aliases from a graph (a store's union of meeting graphs). */
    public static PriorMeetings read(Graph g) {
        Map<Node, Node> of = new HashMap<>();
        g.find(Node.ANY, DKG.reportOf, Node.ANY).forEachRemaining(t -> of.put(t.getSubject(), t.getObject()));
        Map<Node, Set<Node>> aliases = new TreeMap<>(Comparator.comparing(Node::getURI));
        g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (IriScheme.isMeeting(t.getSubject()) && IriScheme.isMeeting(t.getObject())) {
                aliases.computeIfAbsent(t.getObject(), k -> new TreeSet<>(Comparator.comparing(Node::getURI))).add(t.getSubject());
            }
        });
        return new PriorMeetings(of, aliases);
    }

    public Optional<Node> meetingOf(Node report) {
        return Optional.ofNullable(meetingOfReport.get(report));
    }

    public Set<Node> aliasesOf(Node meeting) {
        return aliases.getOrDefault(meeting, Set.of());
    }
}
