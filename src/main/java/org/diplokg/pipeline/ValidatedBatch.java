package org.diplokg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.diplokg.validate.Quarantine;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;

/**
 * Articles converted and validated together (what {@code convert}, {@code serve} and {@code bench}
 * share). Unreadable articles are among the batch's failures; articles that fail the shapes are
 * left out, unless {@code strict} asks for all or nothing.
 *
 * @param batch            the articles that went ahead; those left out are among its failures
 * @param graph            their union with the meetings resolved (null when refused)
 * @param validation       the verdict on {@code graph}
 * @param leftOut          violations of the articles left out (conforms and empty when none were)
 * @param leftOutArticles  the articles left out for their violations
 * @param converted        the failures of conversion alone, before any was left out
 */
public record ValidatedBatch(Batch batch, Graph graph, ValidationOutcome validation, ValidationOutcome leftOut,
                             List<ArticleFailure> leftOutArticles, List<ArticleFailure> converted) {

    public static ValidatedBatch run(Pipeline pipeline, ShaclGate gate, List<Path> files, boolean strict, Progress progress) {
        Batch converted = pipeline.run(files, progress);
        if (strict) {
            Graph g = converted.union();
            ValidationOutcome v = gate.validate(g);
            return new ValidatedBatch(converted, g, v, v, List.of(), converted.failures());
        }
        Set<String> ids = converted.results().stream().map(r -> r.article().id()).collect(Collectors.toSet());
        // the last union validated is the one that conformed: it is handed on, not built again
        var last = new Object() {
            Set<String> leftOut;
            Graph union;
        };
        Quarantine.Result q = Quarantine.run(gate, out -> {
            last.leftOut = out;
            last.union = converted.without(out, r -> "").union();
            return last.union;
        }, ids);
        if (q.refused()) return new ValidatedBatch(converted, null, q.problems(), q.problems(), List.of(), converted.failures());
        Batch kept = converted.without(q.leftOut(), r -> leftOutMessage(r.article().file(), q.violationsOf(r.article().id())));
        // without(...) appends the articles it leaves out after the failures there were
        List<ArticleFailure> leftOut = kept.failures().subList(converted.failures().size(), kept.failures().size());
        Graph union = q.leftOut().equals(last.leftOut) ? last.union : kept.union();
        return new ValidatedBatch(kept, union, q.kept(), q.problems(), List.copyOf(leftOut), converted.failures());
    }

    public static String leftOutMessage(Path file, long violations) {
        return file + ": left out: " + violations + " SHACL violation(s), listed above and in the report";
    }
}
