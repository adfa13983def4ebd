package org.diplokg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The SHACL gate before anything is written or published: validates a whole graph against the
 * DiploKG shapes with Jena SHACL and reports each result with the article it came from.
 */
public final class ShaclGate {
    private static final Node DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private final Shapes shapes;
    private final ShapeScopes scopes;
    private final ScopedValidation scoped;
    private final int threads;
    private final int splitFrom;

    /** @throws IllegalArgumentException when a shape declares a scope it breaks (see {@link ShapeScopes}) */
    public ShaclGate(Shapes shapes) {
        this.shapes = shapes;
        this.scopes = ShapeScopes.of(shapes);
        this.scoped = new ScopedValidation(shapes, scopes);
        this.threads = 1;
        this.splitFrom = SplitValidation.SPLIT_FROM;
    }

    private ShaclGate(ShaclGate g, int threads, int splitFrom) {
        this.shapes = g.shapes;
        this.scopes = g.scopes;
        this.scoped = g.scoped;
        this.threads = threads;
        this.splitFrom = splitFrom;
    }

    /**
     * This gate validating a whole graph on {@code n} threads (see {@link SplitValidation}): the same report as on one.
     * The graphs it validates must then be in memory, readable from any thread (every caller's union is).
     */
    public ShaclGate threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
        return n == threads ? this : new ShaclGate(this, n, splitFrom);
    }

    /** This gate splitting a validation from {@code n} focus nodes on (tests split small graphs). */
    ShaclGate splitFrom(int n) {
        return new ShaclGate(this, threads, n);
    }

    /** The scope each shape declares. */
    public ShapeScopes scopes() {
        return scopes;
    }

    /**
     * A digest of the shapes graph, so a store knows when its content was validated against other
     * shapes. Blank nodes (property shapes, lists) count by what they say, so a change inside one
     * changes the digest.
     */
    public String fingerprint() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        java.util.Map<Node, String> named = new java.util.HashMap<>();
        shapes.getGraph().find().forEachRemaining(t ->
                lines.add(term(t.getSubject(), named) + " " + term(t.getPredicate(), named) + " " + term(t.getObject(), named)));
        java.util.Collections.sort(lines);
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A term as N-Triples; a blank node as the sorted description it heads, recursively (shapes graphs hold no cycles of blank nodes). */
    private String term(Node n, java.util.Map<Node, String> named) {
        if (!n.isBlank()) return org.apache.jena.riot.out.NodeFmtLib.strNT(n);
        String known = named.get(n);
        if (known != null) return known;
        named.put(n, "[...]");
        java.util.List<String> parts = new java.util.ArrayList<>();
        shapes.getGraph().find(n, Node.ANY, Node.ANY).forEachRemaining(t -> parts.add(term(t.getPredicate(), named) + " " + term(t.getObject(), named)));
        java.util.Collections.sort(parts);
        String s = "[" + String.join(" ; ", parts) + "]";
        named.put(n, s);
        return s;
    }

    /** The shapes bundled in the jar (a copy of {@code shapes/diplokg-shapes.ttl}). */
    public static ShaclGate bundled() {
        try (InputStream in = ShaclGate.class.getResourceAsStream("/shapes/diplokg-shapes.ttl")) {
            if (in == null) throw new IllegalStateException("shapes/diplokg-shapes.ttl is missing from the jar");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShaclGate(Shapes.parse(g));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled shapes", e);
        }
    }

    /** Shapes from a file; a file that cannot be read or parsed is reported with its name. */
    public static ShaclGate fromFile(Path shapesFile) {
        if (!java.nio.file.Files.isRegularFile(shapesFile)) {
            throw new IllegalArgumentException(shapesFile + ": no such shapes file");
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(shapesFile).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).parse(g);
            return new ShaclGate(Shapes.parse(g));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(shapesFile + ": not usable as SHACL shapes: " + e.getMessage(), e);
        }
    }

    /** Validates the whole graph. */
    public ValidationOutcome validate(Graph data) {
        ValidationReport r = threads > 1 ? SplitValidation.run(shapes, data, threads, splitFrom, SplitValidation.SHORTEST_RUN) : ShaclValidator.get().validate(shapes, data);
        return outcome(r, data, Coverage.FULL);
    }

    /**
     * Validates only what a change can affect (see {@link ScopedValidation}): the same verdict as
     * {@link #validate(Graph)} of {@code union}, provided the state before the change conformed to these shapes.
     *
     * @param union the new state, all graphs together
     */
    public ValidationOutcome validate(Graph union, Change change) {
        ScopedValidation.Result r = scoped.run(union, change);
        return outcome(r.report(), union, r.coverage());
    }

    private static ValidationOutcome outcome(ValidationReport report, Graph data, Coverage coverage) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            out.add(new Violation(focus.isURI() ? focus.getURI() : focus.toString(), articleOf(data, focus),
                    e.severity().level().getLocalName(), e.message()));
        }
        out.sort(Comparator.comparing(Violation::articleId).thenComparing(Violation::focus).thenComparing(Violation::message));
        return new ValidationOutcome(report.conforms(), out, report.getGraph(), coverage);
    }

    /** The identifier of the article a node was derived from, directly or through a meeting that uses it. */
    static String articleOf(Graph g, Node focus) {
        String direct = identifierOfSource(g, focus);
        if (!direct.isEmpty()) return direct;
        Node idNode = DCTerms.identifier.asNode();
        if (g.contains(focus, idNode, Node.ANY)) {
            Triple t = g.find(focus, idNode, Node.ANY).next();
            if (t.getObject().isLiteral()) return t.getObject().getLiteralLexicalForm();
        }
        var it = g.find(Node.ANY, Node.ANY, focus);
        try {
            while (it.hasNext()) {
                String via = identifierOfSource(g, it.next().getSubject());
                if (!via.isEmpty()) return via;
            }
        } finally {
            it.close();
        }
        return "";
    }

    private static String identifierOfSource(Graph g, Node n) {
        var it = g.find(n, DERIVED, Node.ANY);
        try {
            while (it.hasNext()) {
                Node article = it.next().getObject();
                var ids = g.find(article, DCTerms.identifier.asNode(), Node.ANY);
                try {
                    if (ids.hasNext()) {
                        Node id = ids.next().getObject();
                        return id.isLiteral() ? id.getLiteralLexicalForm() : id.toString();
                    }
                } finally {
                    ids.close();
                }
            }
        } finally {
            it.close();
        }
        return "";
    }
}
