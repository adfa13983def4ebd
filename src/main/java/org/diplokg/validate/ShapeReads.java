package org.diplokg.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What a shape reads of the data, as property paths from its focus node: the paths that make a
 * node one of its focus nodes ({@code targets}) and the paths its constraints follow
 * ({@code constraints}). A change can alter the shape's verdict on a node only by adding or removing
 * a triple on one of these paths from it, which is what lets {@link TouchedNodes} find the nodes to
 * check again. Derived from the shapes graph for SHACL Core; what a SPARQL-based constraint reads
 * cannot be derived, so its shape must list those paths in {@code dkgsh:reads}.
 */
record ShapeReads(List<Path> targets, List<Path> constraints) {
    /** {@code dkgsh:reads}: a path (SHACL syntax) that a shape's SPARQL-based constraints follow from the focus node. */
    static final Node READS = NodeFactory.createURI(ShapeScopes.NS + "reads");
    /** Class membership as SHACL decides it: {@code rdf:type/rdfs:subClassOf*}. */
    static final Path CLASS_MEMBERSHIP = PathFactory.pathSeq(PathFactory.pathLink(RDF.type.asNode()),
            PathFactory.pathZeroOrMore1(PathFactory.pathLink(RDFS.subClassOf.asNode())));
    /** Shapes nest deeper than this only when they refer to themselves. */
    private static final int MAX_DEPTH = 32;

    /** Parameters that test the value nodes themselves, or say nothing about the data. */
    private static final List<Node> READ_NOTHING = nodes("datatype", "nodeKind", "minCount", "maxCount", "minExclusive",
            "minInclusive", "maxExclusive", "maxInclusive", "minLength", "maxLength", "pattern", "flags", "languageIn",
            "uniqueLang", "in", "hasValue", "message", "name", "description", "severity", "deactivated", "order", "group",
            "defaultValue", "qualifiedMinCount", "qualifiedMaxCount", "declare", "prefixes", "path", "targetClass",
            "targetNode", "targetSubjectsOf", "targetObjectsOf", "ignoredProperties");

    ShapeReads {
        targets = List.copyOf(targets);
        constraints = List.copyOf(constraints);
    }

    /** Every path, targets first. */
    List<Path> all() {
        List<Path> all = new ArrayList<>(targets);
        all.addAll(constraints);
        return all;
    }

    /**
     * The reads of a shape with targets.
     *
     * @throws IllegalArgumentException when they cannot be told (a SPARQL-based target, {@code sh:closed},
     *                                  a SPARQL-based constraint without {@code dkgsh:reads}, an unknown parameter)
     */
    static ShapeReads of(Graph shapes, Node shape) {
        List<Path> targets = new ArrayList<>();
        if (shapes.contains(shape, SHACL.targetClass, Node.ANY) || shapes.contains(shape, RDF.type.asNode(), RDFS.Class.asNode())
                || shapes.contains(shape, RDF.type.asNode(), OWL.Class.asNode())) {
            targets.add(CLASS_MEMBERSHIP);
        }
        shapes.find(shape, SHACL.targetSubjectsOf, Node.ANY).forEach(t -> targets.add(PathFactory.pathLink(t.getObject())));
        shapes.find(shape, SHACL.targetObjectsOf, Node.ANY)
                .forEach(t -> targets.add(PathFactory.pathInverse(PathFactory.pathLink(t.getObject()))));
        if (shapes.contains(shape, SHACL.target, Node.ANY)) throw new IllegalArgumentException("a SPARQL-based target (sh:target) cannot be read");
        Walk walk = new Walk(shapes);
        walk.shape(shape, null, 0);
        List<Path> declared = shapes.find(shape, READS, Node.ANY).mapWith(t -> ShaclPaths.parsePath(shapes, t.getObject())).toList();
        if (walk.sparql && declared.isEmpty()) {
            throw new IllegalArgumentException("it has a SPARQL-based constraint: list the paths its query follows from the focus node in dkgsh:reads");
        }
        walk.reads.addAll(declared);
        return new ShapeReads(targets, walk.reads);
    }

    /** The predicates of the constraints' one-step paths (all of them, for a shape within one article). */
    List<Node> stepPredicates() {
        return constraints.stream().filter(p -> p instanceof P_Link).map(p -> ((P_Link) p).getNode()).distinct().toList();
    }

    /** The paths a shape's constraints follow, collected from its parameters and nested shapes. */
    private static final class Walk {
        final Graph g;
        final List<Path> reads = new ArrayList<>();
        boolean sparql;

        Walk(Graph g) {
            this.g = g;
        }

        /** The reads of shape {@code x} applied to the nodes at {@code at} (null: the focus node). */
        void shape(Node x, Path at, int depth) {
            if (depth > MAX_DEPTH) throw new IllegalArgumentException("its shapes nest more than " + MAX_DEPTH + " deep (do they refer to themselves?)");
            Path values = at;
            if (g.contains(x, SHACL.path, Node.ANY)) {
                values = then(at, ShaclPaths.parsePath(g, g.find(x, SHACL.path, Node.ANY).next().getObject()));
                add(values);
            }
            for (var t : g.find(x, Node.ANY, Node.ANY).toList()) {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (!p.getURI().startsWith(SHACL.getURI()) || READ_NOTHING.contains(p)) continue;
                if (p.equals(SHACL.class_)) {
                    add(then(values, CLASS_MEMBERSHIP));
                } else if (p.equals(SHACL.node) || p.equals(SHACL.not) || p.equals(SHACL.qualifiedValueShape) || p.equals(SHACL.property)) {
                    shape(o, values, depth + 1);
                } else if (p.equals(SHACL.and) || p.equals(SHACL.or) || p.equals(SHACL.xone)) {
                    for (Node member : G.rdfList(g, o)) shape(member, values, depth + 1);
                } else if (p.equals(SHACL.equals) || p.equals(SHACL.disjoint) || p.equals(SHACL.lessThan)
                        || p.equals(SHACL.lessThanOrEquals)) {
                    add(then(at, PathFactory.pathLink(o)));
                } else if (p.equals(SHACL.sparql)) {
                    sparql = true;
                } else if ((p.equals(SHACL.closed) || p.equals(SHACL.qualifiedValueShapesDisjoint)) && !isTrue(o)) {
                    continue;
                } else {
                    throw new IllegalArgumentException("cannot tell what " + p.getLocalName() + " reads of the data");
                }
            }
        }

        private void add(Path p) {
            if (p != null && !reads.contains(p)) reads.add(p);
        }
    }

    /** {@code first} then {@code next}; a missing first step is the focus node itself. */
    static Path then(Path first, Path next) {
        return first == null ? next : PathFactory.pathSeq(first, next);
    }

    private static boolean isTrue(Node o) {
        return o.isLiteral() && "true".equals(o.getLiteralLexicalForm());
    }

    private static List<Node> nodes(String... local) {
        List<Node> out = new ArrayList<>();
        for (String l : local) out.add(NodeFactory.createURI(SHACL.getURI() + l));
        return List.copyOf(out);
    }
}
