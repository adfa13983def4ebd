package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * SELECT queries that the pages run on the served dataset. They never name a graph, so they
 * read the default graph: all data in memory, or the union graph of a TDB2 store.
 */
final class Select {
    private Select() {
    }

    static Query parse(String sparql) {
        return QueryFactory.create(sparql);
    }

    /**
     * Set while a cached page is computed ({@link PageCache}): it is computed once for every
     * visitor, so its queries get {@value #PAGE_TIMEOUT_SECONDS} s instead of the endpoint's timeout.
     */
    static final ThreadLocal<Boolean> FOR_CACHED_PAGE = ThreadLocal.withInitial(() -> false);
    static final long PAGE_TIMEOUT_SECONDS = 120;

    static List<QuerySolution> rows(DatasetGraph dsg, Query q) {
        return Txn.calculateRead(dsg, () -> {
            var b = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q);
            if (FOR_CACHED_PAGE.get()) b = b.timeout(PAGE_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            try (QueryExecution qe = b.build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> out = new ArrayList<>();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** A single COUNT, read from the variable {@code ?n}. */
    static long count(DatasetGraph dsg, Query q) {
        List<QuerySolution> r = rows(dsg, q);
        return r.isEmpty() || !r.get(0).contains("n") ? 0 : r.get(0).getLiteral("n").getLong();
    }
}
