package org.diplokg.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * The documentation of the ontology, generated from the ontology file in the jar so the page
 * cannot drift from the terms: every class, property and individual of the namespace, with
 * label, comment, domain, range and the external terms it is aligned with. Each term has an
 * anchor named by its local name, so {@code /ontology#status} lands on {@code dkg:status}.
 */
final class OntologyPage {
    /** The sections of the page and the rdf:type that puts a term in each. */
    private record Section(String id, String heading, Node type) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("classes", "Classes", OWL.Class.asNode()),
            new Section("object-properties", "Object properties", OWL.ObjectProperty.asNode()),
            new Section("datatype-properties", "Datatype properties", OWL.DatatypeProperty.asNode()),
            new Section("individuals", "Individuals", OWL.NamedIndividual.asNode()));

    private final byte[] turtle;
    private final Graph ontology;

    OntologyPage() {
        try (InputStream in = OntologyPage.class.getResourceAsStream("/ontology/diplokg.ttl")) {
            if (in == null) throw new IllegalStateException("the jar has no /ontology/diplokg.ttl");
            turtle = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ontology", e);
        }
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(turtle, java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(ontology);
        ontology.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
    }

    /** The ontology file exactly as written, for Turtle clients. */
    byte[] turtle() {
        return turtle;
    }

    Graph graph() {
        return ontology;
    }

    /** Terms of the DiploKG namespace having the given rdf:type, by local name. */
    List<Node> terms(Node type) {
        List<Node> out = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(DKG.NS) && !out.contains(s)) out.add(s);
        });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    String html() {
        StringBuilder b = new StringBuilder();
        Node onto = org.apache.jena.graph.NodeFactory.createURI(DKG.ONTOLOGY);
        b.append("<article class=\"ontology\">\n<h1>").append(Html.esc(text(onto, RDFS.label.asNode()))).append("</h1>\n");
        b.append("<p>").append(Html.esc(text(onto, RDFS.comment.asNode()))).append("</p>\n");
        b.append("<p class=\"iri\">Namespace <code>").append(Html.esc(DKG.NS)).append("</code> (prefix <code>dkg:</code>), version ")
                .append(Html.esc(text(onto, OWL.versionInfo.asNode()))).append(" · ")
                .append(Html.link("?format=ttl", "Turtle")).append(", ").append(Html.link("?format=jsonld", "JSON-LD"))
                .append(", ").append(Html.link("?format=nt", "N-Triples")).append("</p>\n<nav class=\"toc\"><ul>");
        for (Section s : SECTIONS) b.append("<li>").append(Html.link("#" + s.id(), s.heading())).append("</li>");
        b.append("</ul></nav>\n");
        for (Section s : SECTIONS) {
            b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Html.esc(s.heading())).append("</h2>\n");
            for (Node t : terms(s.type())) term(t, b);
            b.append("</section>\n");
        }
        b.append("</article>\n");
        return Html.page("DiploKG ontology", Html.jsonLd(ontology), b.toString());
    }

    private void term(Node t, StringBuilder b) {
        String local = t.getURI().substring(DKG.NS.length());
        b.append("<div class=\"term\" id=\"").append(Html.esc(local)).append("\">\n<h3>").append(Html.esc(text(t, RDFS.label.asNode())))
                .append(" <code>dkg:").append(Html.esc(local)).append("</code></h3>\n<p>")
                .append(Html.esc(text(t, RDFS.comment.asNode()))).append("</p>\n<dl>\n");
        row(b, "IRI", List.of(t));
        row(b, "Type", objects(t, RDF.type.asNode()));
        row(b, "Subclass of", objects(t, RDFS.subClassOf.asNode()));
        row(b, "Subproperty of", objects(t, RDFS.subPropertyOf.asNode()));
        row(b, "Domain", objects(t, RDFS.domain.asNode()));
        row(b, "Range", objects(t, RDFS.range.asNode()));
        for (Node eq : objects(t, OWL.equivalentClass.asNode())) {
            for (Node list : objects(eq, OWL.oneOf.asNode())) row(b, "One of", members(list));
        }
        List<Node> users = new ArrayList<>();
        ontology.find(Node.ANY, RDFS.domain.asNode(), t).forEachRemaining(x -> users.add(x.getSubject()));
        row(b, "Properties with this domain", users);
        b.append("</dl>\n</div>\n");
    }

    private void row(StringBuilder b, String name, List<Node> values) {
        List<Node> shown = values.stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        if (shown.isEmpty()) return;
        b.append("<dt>").append(Html.esc(name)).append("</dt><dd>");
        b.append(String.join(", ", shown.stream().map(this::termLink).toList())).append("</dd>\n");
    }

    /** Own terms link to their anchor; external ones (SEM, schema.org, PROV, Wikidata) to their IRI. */
    private String termLink(Node n) {
        String iri = n.getURI();
        String label = text(n, RDFS.label.asNode());
        String shortName = Labels.shortName(iri);
        String href = iri.startsWith(DKG.NS) ? "#" + iri.substring(DKG.NS.length()) : iri;
        String shown = label.isEmpty() || label.equals(shortName) ? shortName : label + " (" + shortName + ")";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shown) + "</a>";
    }

    private List<Node> objects(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private List<Node> members(Node list) {
        List<Node> out = new ArrayList<>();
        for (Node l = list; l != null && !l.equals(RDF.nil.asNode()); ) {
            objects(l, RDF.first.asNode()).forEach(out::add);
            List<Node> rest = objects(l, RDF.rest.asNode());
            l = rest.isEmpty() ? null : rest.get(0);
        }
        return out;
    }

    private String text(Node s, Node p) {
        String any = "";
        for (Node o : objects(s, p)) {
            if (!o.isLiteral()) continue;
            if (o.getLiteralLanguage().equals("en")) return o.getLiteralLexicalForm();
            any = o.getLiteralLexicalForm();
        }
        return any;
    }
}
