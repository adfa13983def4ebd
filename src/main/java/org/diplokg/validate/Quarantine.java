package org.diplokg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Keeps one article that fails the shapes from blocking the others: validates the new state,
 * leaves out the articles its violations name, and validates what is left again, until it
 * conforms. A violation that names no article, or an article that may not be left out, refuses
 * the whole graph (the all-or-nothing gate).
 */
public final class Quarantine {
    private Quarantine() {
    }

    /**
     * @param kept     the verdict on what is left (conforms unless {@code refused})
     * @param leftOut  identifiers of the articles left out because of their violations
     * @param problems every violation found on the way, with the merged report graph
     * @param refused  a violation could not be pinned on an article that may be left out
     */
    public record Result(ValidationOutcome kept, Set<String> leftOut, ValidationOutcome problems, boolean refused) {
        public Result {
            leftOut = Set.copyOf(new TreeSet<>(leftOut));
        }

        /** The articles left out, in order. */
        public List<String> leftOutSorted() {
            return leftOut.stream().sorted().toList();
        }

        /** The violations of one article. */
        public long violationsOf(String articleId) {
            return problems.violations().stream().filter(v -> v.articleId().equals(articleId)).count();
        }
    }

    /**
     * @param graphWithout the graph to validate with the given articles left out
     * @param droppable    the identifiers of the articles that may be left out
     */
    public static Result run(ShaclGate gate, Function<Set<String>, Graph> graphWithout, Set<String> droppable) {
        return run(out -> gate.validate(graphWithout.apply(out)), droppable);
    }

    /**
     * @param validationWithout the verdict on the state with the given articles left out (whole, or scoped to its change)
     * @param droppable         the identifiers of the articles that may be left out
     */
    public static Result run(Function<Set<String>, ValidationOutcome> validationWithout, Set<String> droppable) {
        Set<String> out = new TreeSet<>();
        List<Violation> all = new ArrayList<>();
        Graph report = GraphFactory.createDefaultGraph();
        Coverage[] looked = {null};
        while (true) {
            ValidationOutcome v = validationWithout.apply(Set.copyOf(out));
            looked[0] = looked[0] == null ? v.coverage() : looked[0].plus(v.coverage());
            if (v.conforms()) return new Result(v, out, merged(all, report, looked[0]), false);
            all.addAll(v.violations());
            v.report().find().forEachRemaining(report::add);
            report.getPrefixMapping().setNsPrefixes(v.report().getPrefixMapping());
            Set<String> named = new TreeSet<>();
            for (Violation x : v.violations()) named.add(x.articleId());
            boolean pinned = named.stream().allMatch(id -> !id.isEmpty() && droppable.contains(id) && !out.contains(id));
            if (!pinned) return new Result(v, out, merged(all, report, looked[0]), true);
            out.addAll(named);
        }
    }

    private static ValidationOutcome merged(List<Violation> all, Graph report, Coverage looked) {
        List<Violation> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Violation::articleId).thenComparing(Violation::focus).thenComparing(Violation::message));
        return new ValidationOutcome(sorted.isEmpty(), sorted.stream().distinct().toList(), report, looked);
    }
}
