package org.diplokg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.diplokg.rdf.vocab.DKG;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extract.gazetteer.GazetteerLoader;

/** The ontology and gazetteer graphs that are published beside the articles. */
public record Sources(Graph ontology, Graph gazetteer) {
    /** The copies bundled in the jar. */
    public static Sources bundled() {
        Graph gaz = GraphFactory.createDefaultGraph();
        for (String name : GazetteerLoader.BUNDLED) {
            parseResource("/gazetteer/" + name, gaz, false);
        }
        Graph onto = GraphFactory.createDefaultGraph();
        parseResource("/ontology/diplokg.ttl", onto, true);
        return new Sources(skolemize(onto), skolemize(gaz));
    }

    /** The bundled ontology with the gazetteer of a folder (as {@code --gazetteer DIR} uses). */
    public static Sources withGazetteer(Path dir) {
        return new Sources(bundled().ontology(), skolemize(GazetteerLoader.readFolder(dir).getGraph()));
    }

    /**
     * Replaces blank nodes (the gazetteer's office holdings) by IRIs made from what they say and who
     * points at them, so the same gazetteer gives the same triples, checksums and dump bytes in
     * every store.
     */
    static Graph skolemize(Graph g) {
        java.util.Map<Node, Node> iris = new java.util.HashMap<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isBlank() && !iris.containsKey(n)) iris.put(n, genid(g, n));
            }
        });
        if (iris.isEmpty()) return g;
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        g.find().forEachRemaining(t -> out.add(Triple.create(iris.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), iris.getOrDefault(t.getObject(), t.getObject()))));
        return out;
    }

    private static Node genid(Graph g, Node blank) {
        String key = "in " + inKey(g, blank, 0) + "\nout " + outKey(g, blank, 0);
        String sum = Canonical.sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return NodeFactory.createURI(DKG.ID + ".well-known/genid/" + sum.substring(0, 16));
    }

    /** Where a blank node hangs: the chain of triples from a named node down to it. */
    private static String inKey(Graph g, Node n, int depth) {
        if (!n.isBlank()) return NodeFmtLib.strNT(n);
        if (depth > 64) throw new IllegalStateException("blank nodes nested too deep or in a cycle");
        java.util.List<String> parts = new java.util.ArrayList<>();
        g.find(Node.ANY, Node.ANY, n).forEachRemaining(t ->
                parts.add(inKey(g, t.getSubject(), depth + 1) + " " + NodeFmtLib.strNT(t.getPredicate())));
        parts.sort(null);
        return "[" + String.join(",", parts) + "]";
    }

    /** What a blank node says, with nested blank nodes expanded. */
    private static String outKey(Graph g, Node n, int depth) {
        if (!n.isBlank()) return NodeFmtLib.strNT(n);
        if (depth > 64) throw new IllegalStateException("blank nodes nested too deep or in a cycle");
        java.util.List<String> parts = new java.util.ArrayList<>();
        g.find(n, Node.ANY, Node.ANY).forEachRemaining(t ->
                parts.add(NodeFmtLib.strNT(t.getPredicate()) + " " + outKey(g, t.getObject(), depth + 1)));
        parts.sort(null);
        return "[" + String.join(",", parts) + "]";
    }

    private static void parseResource(String name, Graph into, boolean required) {
        try (InputStream in = Sources.class.getResourceAsStream(name)) {
            if (in == null) {
                if (required) throw new IllegalStateException(name + " is missing from the jar");
                return;
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
