package org.diplokg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

/**
 * Validates a change instead of the whole new state, with the same report a full validation of
 * that state gives when the state before conformed: a focus node whose read paths hold no changed
 * triple keeps the verdict it had, and had no violation.
 * <ol>
 * <li>Shapes within one article run on each new or changed article graph alone, on every focus
 * node it has whose triples for the shape's paths that graph holds all of (a node another graph
 * also describes is checked on the union instead).</li>
 * <li>Every scoped shape runs on the union, on the focus nodes the changed triples touch
 * ({@link TouchedNodes}) that step 1 did not check.</li>
 * <li>Shapes without a scope run on the whole union.</li>
 * </ol>
 * Unchanged articles are not validated again.
 */
final class ScopedValidation {
    /** The report, and what was looked at. */
    record Result(ValidationReport report, Coverage coverage) {
    }

    private final Shapes shapes;
    private final ShapeScopes scopes;
    private final TouchedNodes touched;

    ScopedValidation(Shapes shapes, ShapeScopes scopes) {
        this.shapes = shapes;
        this.scopes = scopes;
        Map<Shape, List<org.apache.jena.sparql.path.Path>> reads = new LinkedHashMap<>();
        for (ShapeScopes.Scoped s : scopes.scoped()) reads.put(s.shape(), s.reads().all());
        this.touched = new TouchedNodes(reads);
    }

    Result run(Graph union, Change change) {
        Map<Shape, Set<Node>> candidates = touched.find(union, change.delta());
        Set<Map.Entry<Shape, Node>> done = new HashSet<>();
        List<ReportEntry> entries = new ArrayList<>();
        for (ShapeScopes.Scoped s : scopes.scoped()) {
            if (s.scope() != ShapeScope.WITHIN_ARTICLE) continue;
            List<Node> predicates = s.reads().stepPredicates();
            for (Graph article : change.articleGraphs().values()) {
                ValidationContext alone = ValidationContext.create(shapes, article);
                for (Node focus : VLib.focusNodes(article, s.shape())) {
                    if (!describedAlone(focus, predicates, article, union)) {
                        candidates.computeIfAbsent(s.shape(), k -> new LinkedHashSet<>()).add(focus);
                    } else if (done.add(Map.entry(s.shape(), focus))) {
                        VLib.validateShape(alone, article, s.shape(), focus);
                    }
                }
                entries.addAll(alone.generateReport().getEntries());
            }
        }
        ValidationContext onUnion = ValidationContext.create(shapes, union);
        int touchedNodes = 0;
        for (ShapeScopes.Scoped s : scopes.scoped()) {
            for (Node focus : candidates.getOrDefault(s.shape(), Set.of())) {
                if (done.contains(Map.entry(s.shape(), focus)) || !VLib.isFocusNode(s.shape(), focus, union)) continue;
                done.add(Map.entry(s.shape(), focus));
                touchedNodes++;
                VLib.validateShape(onUnion, union, s.shape(), focus);
            }
        }
        for (Shape s : scopes.unscoped()) {
            for (Node focus : VLib.focusNodes(union, s)) VLib.validateShape(onUnion, union, s, focus);
        }
        entries.addAll(onUnion.generateReport().getEntries());
        ValidationReport.Builder report = ValidationReport.create();
        report.addPrefixes(union.getPrefixMapping());
        report.addPrefixes(shapes.getGraph().getPrefixMapping());
        entries.forEach(report::addReportEntry);
        return new Result(report.build(), new Coverage(false, change.articleGraphs().size(), touchedNodes, scopes.unscoped().size()));
    }

    /** Whether the article graph holds every triple of the union from {@code focus} along these predicates. */
    private static boolean describedAlone(Node focus, List<Node> predicates, Graph article, Graph union) {
        for (Node p : predicates) {
            if (article.stream(focus, p, Node.ANY).count() != union.stream(focus, p, Node.ANY).count()) return false;
        }
        return true;
    }
}
