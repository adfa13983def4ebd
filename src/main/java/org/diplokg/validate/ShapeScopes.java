package org.diplokg.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * The scope each shape declares ({@code dkgsh:scope}) with what it reads, checked when the shapes
 * are loaded so that a wrong declaration fails at once rather than letting a violation through:
 * <ul>
 * <li>a shape {@code dkgsh:WithinArticle} may read nothing but its focus node's own triples, one
 * step each, and test the values themselves (no {@code sh:class}, nested shapes or longer paths);
 * its targets are classes, or subjects or objects of a property. Whether its focus nodes are
 * described by one article graph alone is a matter of the data, so {@link ScopedValidation} checks
 * that for each node it validates on an article graph;</li>
 * <li>a shape {@code dkgsh:AcrossArticles} may read anything whose paths can be told
 * ({@link ShapeReads}): a SPARQL-based constraint needs {@code dkgsh:reads};</li>
 * <li>a shape without a scope is validated in full on every publish.</li>
 * </ul>
 */
public final class ShapeScopes {
    /** The namespace of the DiploKG shapes and of the scope terms. */
    static final String NS = "https://w3id.org/diplokg/shapes#";
    static final Node SCOPE = NodeFactory.createURI(NS + "scope");
    static final Node WITHIN_ARTICLE = NodeFactory.createURI(NS + "WithinArticle");
    static final Node ACROSS_ARTICLES = NodeFactory.createURI(NS + "AcrossArticles");

    /** A shape with its scope and what it reads. */
    record Scoped(Shape shape, ShapeScope scope, ShapeReads reads) {
    }

    private final Map<Node, Scoped> scoped;
    private final List<Shape> unscoped;

    private ShapeScopes(Map<Node, Scoped> scoped, List<Shape> unscoped) {
        this.scoped = scoped;
        this.unscoped = unscoped;
    }

    /**
     * Reads and checks the scopes of every shape with targets.
     *
     * @throws IllegalArgumentException naming the shape whose scope is unknown or breaks its rule
     */
    public static ShapeScopes of(Shapes shapes) {
        Graph g = shapes.getGraph();
        Map<Node, Scoped> scoped = new LinkedHashMap<>();
        List<Shape> unscoped = new ArrayList<>();
        for (Shape s : shapes.getTargetShapes()) {
            Node n = s.getShapeNode();
            List<Node> declared = g.find(n, SCOPE, Node.ANY).mapWith(t -> t.getObject()).toList();
            if (declared.isEmpty()) {
                unscoped.add(s);
                continue;
            }
            try {
                if (declared.size() > 1) throw new IllegalArgumentException("it declares " + declared.size() + " scopes");
                ShapeScope scope = scope(declared.get(0));
                ShapeReads reads = ShapeReads.of(g, n);
                reads.all().forEach(TouchedNodes::steps);
                if (scope == ShapeScope.WITHIN_ARTICLE) checkWithinArticle(reads);
                scoped.put(n, new Scoped(s, scope, reads));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("shape " + name(n) + ": " + e.getMessage(), e);
            }
        }
        return new ShapeScopes(scoped, unscoped);
    }

    private static ShapeScope scope(Node declared) {
        if (declared.equals(WITHIN_ARTICLE)) return ShapeScope.WITHIN_ARTICLE;
        if (declared.equals(ACROSS_ARTICLES)) return ShapeScope.ACROSS_ARTICLES;
        throw new IllegalArgumentException("dkgsh:scope must be dkgsh:WithinArticle or dkgsh:AcrossArticles, not " + declared);
    }

    private static void checkWithinArticle(ShapeReads reads) {
        for (Path p : reads.targets()) {
            boolean membership = p.equals(ShapeReads.CLASS_MEMBERSHIP) || p instanceof P_Link
                    || (p instanceof P_Inverse i && i.getSubPath() instanceof P_Link);
            if (!membership) throw new IllegalArgumentException("within an article, but its target reads " + p);
        }
        for (Path p : reads.constraints()) {
            if (!(p instanceof P_Link)) {
                throw new IllegalArgumentException("within an article, but it reads " + p
                        + " (a shape within an article reads its focus node's own triples, one step, and tests the values themselves)");
            }
        }
    }

    private static String name(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** The shapes with a scope, in the order of the shapes graph. */
    List<Scoped> scoped() {
        return List.copyOf(scoped.values());
    }

    /** The scope of a shape, or null if it declares none. */
    public ShapeScope scopeOf(Node shape) {
        Scoped s = scoped.get(shape);
        return s == null ? null : s.scope();
    }

    /** The shapes with targets that declare no scope: they are validated in full. */
    public List<Shape> unscoped() {
        return List.copyOf(unscoped);
    }
}
