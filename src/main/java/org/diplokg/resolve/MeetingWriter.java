package org.diplokg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.MeetingLabel;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * Emits a resolved meeting: the {@code dkg:DiplomaticMeeting} with its merged facts and current
 * status, {@code prov:wasDerivedFrom} every article, each report's {@code dkg:reportOf} and
 * {@code dkg:mergeBasis}, and {@code owl:sameAs} from every meeting IRI merged into it. Merged facts:
 * all states, people, gatherings and evidence of the reports; the level they agree on; the place and
 * the most precise date of the latest reports that agree with the current status (of any report if
 * none does). Triples come out in a fixed order.
 */
public final class MeetingWriter {
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);
    private final Graph labels;

    /** @param labels where the labels of states and places are read (the reports' graphs) */
    public MeetingWriter(Graph labels) {
        this.labels = labels;
    }

    public void write(ResolvedMeeting m, StreamRDF out) {
        Node mn = m.iri();
        List<Report> latestFirst = new ArrayList<>(m.reports());
        java.util.Collections.reverse(latestFirst);
        List<Report> agreeing = latestFirst.stream().filter(r -> r.status().equals(m.status())).toList();
        Set<Node> states = new LinkedHashSet<>();
        m.reports().forEach(r -> states.addAll(r.states()));
        Optional<Node> level = m.reports().stream().map(Report::level).flatMap(Optional::stream).findFirst();
        Optional<Node> place = first(agreeing, latestFirst, r -> r.place());
        Optional<String> date = mostPrecise(agreeing.stream().anyMatch(r -> r.date().isPresent()) ? agreeing : latestFirst);

        t(out, mn, RDF.type.asNode(), DKG.DiplomaticMeeting);
        level.ifPresent(l -> t(out, mn, RDF.type.asNode(), MeetingLabel.levelClass(l)));
        t(out, mn, RDFS.label.asNode(), NodeFactory.createLiteralLang(MeetingLabel.of(level,
                states.stream().map(this::label).toList(), place.map(this::label), date, m.status()), "en"));
        t(out, mn, DKG.status, m.status());
        level.ifPresent(l -> t(out, mn, DKG.level, l));
        sorted(m.reports().stream().map(Report::article).toList()).forEach(a -> t(out, mn, Namespaces.PROV_WAS_DERIVED_FROM, a));
        states.forEach(s -> t(out, mn, DKG.participatingState, s));
        sorted(m.reports().stream().flatMap(r -> r.people().stream()).toList()).forEach(p -> t(out, mn, DKG.participant, p));
        place.ifPresent(p -> t(out, mn, DKG.location, p));
        sorted(m.reports().stream().flatMap(r -> r.gatherings().stream()).toList()).forEach(g -> t(out, mn, DKG.onSidelinesOf, g));
        date.ifPresent(d -> t(out, mn, DKG.date, NodeFactory.createLiteralDT(d, datatype(d))));
        sorted(m.reports().stream().flatMap(r -> r.evidence().stream()).toList()).forEach(e -> t(out, mn, DKG.evidence, e));
        for (Report r : m.reports()) {
            t(out, r.iri(), DKG.reportOf, mn);
            t(out, r.iri(), DKG.mergeBasis, NodeFactory.createLiteralString(m.basis().get(r.iri())));
        }
        sorted(List.copyOf(m.aliases())).forEach(a -> t(out, a, OWL.sameAs.asNode(), mn));
    }

    private static <T> Optional<T> first(List<Report> preferred, List<Report> all, java.util.function.Function<Report, Optional<T>> f) {
        Optional<T> v = preferred.stream().map(f).flatMap(Optional::stream).findFirst();
        return v.isPresent() ? v : all.stream().map(f).flatMap(Optional::stream).findFirst();
    }

    /** The most precise date of these reports (a day before a month before a year), the first on a tie. */
    private static Optional<String> mostPrecise(List<Report> reports) {
        return reports.stream().map(Report::date).flatMap(Optional::stream)
                .reduce((a, b) -> b.length() > a.length() ? b : a);
    }

    static XSDDatatype datatype(String lexical) {
        return lexical.length() == 10 ? XSDDatatype.XSDdate : lexical.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
    }

    private String label(Node n) {
        return labels.find(n, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream()
                .sorted().findFirst().orElse(Resolver.local(n));
    }

    private static List<Node> sorted(List<Node> nodes) {
        Set<Node> s = new TreeSet<>(BY_IRI);
        s.addAll(nodes);
        return List.copyOf(s);
    }

    private static void t(StreamRDF out, Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }
}
