package org.diplokg.publish;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Everything one release writes, computed and validated before any write starts: the graphs to
 * put (whole replacement), the graphs to drop, and the new release graph.
 */
public record ReleasePlan(Release release, Map<Node, Graph> put, List<Node> remove, Graph releases) {
    public ReleasePlan {
        put = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(put));
        remove = List.copyOf(remove);
    }
}
