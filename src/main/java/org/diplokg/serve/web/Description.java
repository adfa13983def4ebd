package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * What the server says about one resource: its own triples, the triples pointing at it, the
 * triples of the hash resources it owns (a meeting's evidence spans; for an article text
 * document, its NIF context and spans) and the labels of everything mentioned. Reads quads
 * from every graph, so it works the same on an in-memory dataset and on TDB2 named graphs.
 * Call inside a read transaction.
 */
final class Description {
    private final DatasetGraph dsg;

    Description(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Empty when the dataset knows nothing of the resource (404). */
    Graph describe(Node resource) {
        Set<Triple> out = new LinkedHashSet<>();
        List<Node> owned = textDocumentMembers(resource);
        if (owned.isEmpty()) {
            out.addAll(find(resource, Node.ANY, Node.ANY));
            out.addAll(find(Node.ANY, Node.ANY, resource));
            List<Node> parts = new ArrayList<>();
            for (Triple t : find(resource, Node.ANY, Node.ANY)) {
                Node o = t.getObject();
                if (o.isURI() && o.getURI().contains("#") && !o.getURI().startsWith(DKG.NS)) parts.add(o);
            }
            parts.stream().distinct().forEach(p -> out.addAll(find(p, Node.ANY, Node.ANY)));
            // a meeting's page shows its reports: their status, date, article, merge basis and evidence
            for (Triple t : find(Node.ANY, DKG.reportOf, resource)) {
                out.addAll(find(t.getSubject(), Node.ANY, Node.ANY));
                for (Triple a : find(t.getSubject(), Namespaces.PROV_WAS_DERIVED_FROM, Node.ANY)) {
                    out.addAll(find(a.getObject(), DCTerms.issued.asNode(), Node.ANY));
                }
            }
        } else {
            owned.forEach(m -> out.addAll(find(m, Node.ANY, Node.ANY)));
        }
        Graph g = GraphFactory.createDefaultGraph();
        if (out.isEmpty()) return g;
        out.forEach(g::add);
        Set<Node> mentioned = new LinkedHashSet<>();
        out.forEach(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getObject());
        });
        for (Node n : mentioned) {
            if (n.isURI()) find(n, RDFS.label.asNode(), Node.ANY).forEach(g::add);
        }
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        return g;
    }

    /**
     * For {@code .../article/X/text}: the NIF context {@code text#char=0,N} and its spans. The
     * document has no triples of its own; its fragments do.
     */
    List<Node> textDocumentMembers(Node resource) {
        if (!resource.isURI() || !resource.getURI().endsWith("/text")) return List.of();
        String doc = resource.getURI();
        Node article = NodeFactory.createURI(doc.substring(0, doc.length() - "/text".length()));
        List<Node> members = new ArrayList<>();
        for (Triple t : find(article, DKG.text, Node.ANY)) {
            Node ctx = t.getObject();
            if (!ctx.isURI() || !ctx.getURI().startsWith(doc + "#") || members.contains(ctx)) continue;
            members.add(ctx);
            for (Triple s : find(Node.ANY, Namespaces.NIF_REFERENCE_CONTEXT, ctx)) {
                if (!members.contains(s.getSubject())) members.add(s.getSubject());
            }
        }
        return members;
    }

    /** Triples matching a pattern in any graph of the dataset, each once. */
    List<Triple> find(Node s, Node p, Node o) {
        Set<Triple> seen = new LinkedHashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        while (it.hasNext()) seen.add(it.next().asTriple());
        return new ArrayList<>(seen);
    }
}
