package org.diplokg.pipeline;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.rdf.vocab.Namespaces;
import org.diplokg.resolve.Resolver;

/** The outcome of converting several articles: the good ones, and the ones that failed and why. */
public record Batch(List<ArticleResult> results, List<ArticleFailure> failures) {
    public Batch {
        results = List.copyOf(results);
        failures = List.copyOf(failures);
    }

    /** All articles' triples in one graph, with the DiploKG prefixes, and the meetings their reports resolve to. */
    public Graph union() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        for (ArticleResult r : results) {
            r.graph().find().forEachRemaining(g::add);
        }
        new Resolver().resolveInto(g);
        return g;
    }
}
