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

    /**
     * This batch with the named articles moved from the results to the failures, each with the
     * reason given.
     */
    public Batch without(java.util.Set<String> articleIds, java.util.function.Function<ArticleResult, String> reason) {
        if (articleIds.isEmpty()) return this;
        List<ArticleResult> kept = new java.util.ArrayList<>();
        List<ArticleFailure> failed = new java.util.ArrayList<>(failures);
        for (ArticleResult r : results) {
            if (articleIds.contains(r.article().id())) {
                failed.add(new ArticleFailure(r.article().file(), reason.apply(r)));
            } else {
                kept.add(r);
            }
        }
        return new Batch(kept, failed);
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
