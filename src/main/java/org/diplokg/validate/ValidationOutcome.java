package org.diplokg.validate;

import java.util.List;

import org.apache.jena.graph.Graph;

/** The verdict of the gate: whether the data conforms, each violation as a line, and the full report graph. */
public record ValidationOutcome(boolean conforms, List<Violation> violations, Graph report) {
    public ValidationOutcome {
        violations = List.copyOf(violations);
    }
}
