package org.diplokg.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * One {@code dkg:MeetingReport} as the resolver compares it: the facts one article states about one
 * meeting, and when the article was published. States are in the order the article first names them;
 * {@code peopleByState} gives, for the linked people whose office holdings say which of the report's
 * states they serve, the people of each state.
 */
public record Report(Node iri, Node article, String articleId, Optional<LocalDate> published, Node status,
                     Optional<Node> level, List<Node> states, Optional<String> date, Optional<Node> place,
                     Set<Node> gatherings, Set<Node> people, Set<Node> evidence, Map<Node, Set<Node>> peopleByState) {
    /** Publication order: by publication date (undated articles last), then article identifier, then IRI. */
    public static final Comparator<Report> PUBLICATION_ORDER = Comparator
            .comparing((Report r) -> r.published().orElse(LocalDate.MAX))
            .thenComparing(Report::articleId)
            .thenComparing(r -> r.iri().getURI());

    public Report {
        states = List.copyOf(states);
        gatherings = Set.copyOf(gatherings);
        people = Set.copyOf(people);
        evidence = Set.copyOf(evidence);
        peopleByState = Map.copyOf(peopleByState);
    }

    /** Every report in a graph (article graphs, or a store's union), in publication order. */
    public static List<Report> read(Graph g) {
        List<Report> out = new ArrayList<>();
        Map<Node, Integer> begins = new HashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), DKG.MeetingReport).forEachRemaining(t -> out.add(read(g, t.getSubject(), begins)));
        out.sort(PUBLICATION_ORDER);
        return out;
    }

    private static Report read(Graph g, Node r, Map<Node, Integer> begins) {
        Node article = one(g, r, Namespaces.PROV_WAS_DERIVED_FROM)
                .orElseThrow(() -> new IllegalArgumentException(r + " names no article"));
        String articleId = one(g, article, DCTerms.identifier.asNode()).map(Node::getLiteralLexicalForm).orElse(article.getURI());
        Optional<LocalDate> published = one(g, article, DCTerms.issued.asNode()).flatMap(Report::day);
        Node status = one(g, r, DKG.status).orElseThrow(() -> new IllegalArgumentException(r + " has no status"));
        Set<Node> evidence = objects(g, r, DKG.evidence);
        // the article's order of first mention: the earliest evidence span that names the state
        Map<Node, Integer> firstMention = new HashMap<>();
        for (Node span : evidence) {
            int begin = begins.computeIfAbsent(span, s -> one(g, s, Namespaces.NIF_BEGIN_INDEX)
                    .map(n -> Integer.parseInt(n.getLiteralLexicalForm())).orElse(Integer.MAX_VALUE));
            g.find(span, Namespaces.ITSRDF_TA_IDENT_REF, Node.ANY)
                    .forEachRemaining(t -> firstMention.merge(t.getObject(), begin, Math::min));
        }
        List<Node> states = new ArrayList<>(objects(g, r, DKG.participatingState));
        states.sort(Comparator.comparing((Node s) -> firstMention.getOrDefault(s, Integer.MAX_VALUE)).thenComparing(Node::getURI));
        Set<Node> people = objects(g, r, DKG.participant);
        Map<Node, Set<Node>> byState = new HashMap<>();
        for (Node p : people) {
            for (Node holding : objects(g, p, DKG.holds)) {
                for (Node office : objects(g, holding, DKG.office)) {
                    for (Node state : objects(g, office, DKG.country)) {
                        if (states.contains(state)) byState.computeIfAbsent(state, k -> new HashSet<>()).add(p);
                    }
                }
            }
        }
        return new Report(r, article, articleId, published, status, one(g, r, DKG.level), states,
                one(g, r, DKG.date).map(Node::getLiteralLexicalForm), one(g, r, DKG.location), objects(g, r, DKG.onSidelinesOf),
                people, evidence, byState);
    }

    private static Optional<LocalDate> day(Node literal) {
        try {
            return Optional.of(LocalDate.parse(literal.getLiteralLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Node> one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().min(Comparator.comparing(Node::toString));
    }

    static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }
}
