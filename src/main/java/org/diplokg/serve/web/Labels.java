package org.diplokg.serve.web;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * Human names for nodes, so pages never show a bare IRI where a word exists: the dataset's
 * rdfs:label (English first), then the ontology's, then a short prefixed name. Evidence spans
 * are named by their words. One instance serves one request and remembers what it looked up.
 */
final class Labels {
    private static final Graph VOCABULARY = loadVocabulary();
    private static final PrefixMapping PREFIXES = Namespaces.prefixes();

    private final DatasetGraph dsg;
    private final Map<Node, String> cache = new HashMap<>();

    Labels(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The ontology file plus labels for external terms; read once from the jar. */
    static Graph vocabulary() {
        return VOCABULARY;
    }

    private static Graph loadVocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String r : new String[] {"/ontology/diplokg.ttl", "/web/labels.ttl"}) {
            try (InputStream in = Labels.class.getResourceAsStream(r)) {
                if (in == null) throw new IllegalStateException("missing resource " + r);
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + r, e);
            }
        }
        return g;
    }

    /** Call inside a read transaction when the node may be data. */
    String of(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "(anonymous)";
        return cache.computeIfAbsent(n, this::lookUp);
    }

    private String lookUp(Node n) {
        String fromData = best(Iter.map(dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY), Quad::getObject));
        if (fromData != null) return fromData;
        String fromVocab = best(Iter.map(VOCABULARY.find(n, RDFS.label.asNode(), Node.ANY), Triple::getObject));
        if (fromVocab != null) return fromVocab;
        Iterator<Quad> anchor = dsg.find(Node.ANY, n, Namespaces.NIF_ANCHOR_OF, Node.ANY);
        if (anchor.hasNext()) return "“" + anchor.next().getObject().getLiteralLexicalForm() + "”";
        return shortName(n.getURI());
    }

    /** The last segment of an IRI, lower case: {@code dkg:Held} gives {@code held} (CSS classes). */
    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A prefixed name when a DiploKG prefix fits, else the IRI. */
    static String shortName(String iri) {
        String s = PREFIXES.shortForm(iri);
        return s == null ? iri : s;
    }

    /** English first, then a plain literal, then any. */
    private static String best(Iterator<Node> objects) {
        String any = null;
        while (objects.hasNext()) {
            Node o = objects.next();
            if (!o.isLiteral()) continue;
            String lang = o.getLiteralLanguage();
            if (lang.equals("en")) return o.getLiteralLexicalForm();
            if (any == null || lang.isEmpty()) any = o.getLiteralLexicalForm();
        }
        return any;
    }
}
