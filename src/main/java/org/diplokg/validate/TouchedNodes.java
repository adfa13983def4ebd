package org.diplokg.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.path.eval.PathEval;

/**
 * The focus nodes whose verdict a change may alter. A shape's verdict on a node depends only on
 * the triples on its read paths from that node ({@link ShapeReads}), so a node needs checking again
 * only if a triple that the change adds to or removes from the union lies on one of them. For each
 * such triple and each step of a read path it can be, the part of the path before that step is
 * walked backwards from the triple (Jena's property-path evaluation, on the new union) to the nodes
 * it starts from. Walking the new union is enough: on the path from a node to the first changed
 * triple it reads, every triple is unchanged, so it is in the old union and in the new one alike.
 */
final class TouchedNodes {
    /**
     * One step of a read path: a triple with {@code predicate}, followed from subject to object
     * ({@code forward}) or back, after {@code before} (null: the step leaves the focus node itself).
     */
    record Step(Path before, Node predicate, boolean forward) {
    }

    private final Map<Node, List<Map.Entry<Shape, Step>>> byPredicate = new HashMap<>();

    /** @param reads the read paths of each shape to find touched focus nodes for */
    TouchedNodes(Map<Shape, List<Path>> reads) {
        reads.forEach((shape, paths) -> {
            for (Path p : paths) for (Step s : steps(p)) byPredicate.computeIfAbsent(s.predicate(), k -> new ArrayList<>()).add(Map.entry(shape, s));
        });
    }

    /** The focus node candidates of each shape that a change of these triples touches (none listed: none touched). */
    Map<Shape, Set<Node>> find(Graph union, Collection<Triple> delta) {
        Map<Shape, Set<Node>> out = new LinkedHashMap<>();
        Map<Step, Map<Node, List<Node>>> walked = new HashMap<>();
        for (Triple t : delta) {
            for (Map.Entry<Shape, Step> e : byPredicate.getOrDefault(t.getPredicate(), List.of())) {
                Step s = e.getValue();
                Node at = s.forward() ? t.getSubject() : t.getObject();
                Set<Node> nodes = out.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                if (s.before() == null) {
                    nodes.add(at);
                } else {
                    nodes.addAll(walked.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(at,
                            n -> { List<Node> l = new ArrayList<>(); PathEval.evalReverse(union, n, s.before(), ARQ.getContext()).forEachRemaining(l::add); return l; }));
                }
            }
        }
        return out;
    }

    /**
     * The steps of a path, each with the path before it.
     *
     * @throws IllegalArgumentException for a path form SHACL does not write (negated sets, fixed lengths)
     */
    static List<Step> steps(Path path) {
        List<Step> out = new ArrayList<>();
        walk(path, null, out);
        return out;
    }

    private static void walk(Path p, Path before, List<Step> out) {
        if (p instanceof P_Link l) {
            out.add(new Step(before, l.getNode(), true));
        } else if (p instanceof P_ReverseLink r) {
            out.add(new Step(before, r.getNode(), false));
        } else if (p instanceof P_Inverse i) {
            walk(inverse(i.getSubPath()), before, out);
        } else if (p instanceof P_Seq s) {
            walk(s.getLeft(), before, out);
            walk(s.getRight(), ShapeReads.then(before, s.getLeft()), out);
        } else if (p instanceof P_Alt a) {
            walk(a.getLeft(), before, out);
            walk(a.getRight(), before, out);
        } else if (p instanceof P_ZeroOrMore1 || p instanceof P_OneOrMore1 || p instanceof P_ZeroOrOne) {
            // a step inside the repetition may come after any number of earlier rounds of it
            Path inner = ((org.apache.jena.sparql.path.P_Path1) p).getSubPath();
            walk(inner, ShapeReads.then(before, PathFactory.pathZeroOrMore1(inner)), out);
        } else {
            throw new IllegalArgumentException("cannot follow the path " + p + " backwards");
        }
    }

    /** The same path read the other way round, with the inversions pushed down to single steps. */
    private static Path inverse(Path p) {
        if (p instanceof P_Link l) return new P_ReverseLink(l.getNode());
        if (p instanceof P_ReverseLink r) return new P_Link(r.getNode());
        if (p instanceof P_Inverse i) return i.getSubPath();
        if (p instanceof P_Seq s) return new P_Seq(inverse(s.getRight()), inverse(s.getLeft()));
        if (p instanceof P_Alt a) return new P_Alt(inverse(a.getLeft()), inverse(a.getRight()));
        if (p instanceof P_ZeroOrMore1 z) return new P_ZeroOrMore1(inverse(z.getSubPath()));
        if (p instanceof P_OneOrMore1 o) return new P_OneOrMore1(inverse(o.getSubPath()));
        if (p instanceof P_ZeroOrOne z) return new P_ZeroOrOne(inverse(z.getSubPath()));
        throw new IllegalArgumentException("cannot follow the path " + p + " backwards");
    }
}
