package org.diplokg.validate;

import java.util.List;

import org.apache.jena.graph.Graph;

/** The verdict of the gate: whether the data conforms, each violation as a line, the full report graph, and what was looked at. */
public record ValidationOutcome(boolean conforms, List<Violation> violations, Graph report, Coverage coverage) {
    public ValidationOutcome {
        violations = List.copyOf(violations);
    }

    /** The verdict of a validation of the whole data. */
    public ValidationOutcome(boolean conforms, List<Violation> violations, Graph report) {
        this(conforms, violations, report, Coverage.FULL);
    }
}
