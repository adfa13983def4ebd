package org.diplokg.serve;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A counter of the writes to a served dataset, kept in the dataset's context: the write
 * endpoints move it on once each write request has ended, so anything computed from the data
 * (the pages) can tell whether it is still current. A served dataset changes only through this
 * server (a TDB2 store is held by one process; an in-memory one lives in it).
 */
public final class DataVersion {
    private static final Symbol KEY = Symbol.create("urn:x-diplokg:data-version");

    private DataVersion() {
    }

    private static AtomicLong counter(DatasetGraph dsg) {
        Context cxt = dsg.getContext();
        synchronized (cxt) {
            Object v = cxt.get(KEY);
            if (v instanceof AtomicLong a) return a;
            AtomicLong a = new AtomicLong();
            cxt.set(KEY, a);
            return a;
        }
    }

    /** The dataset's write count now. */
    public static long of(DatasetGraph dsg) {
        return counter(dsg).get();
    }

    /** Records a write (after it has committed or failed). */
    public static void bump(DatasetGraph dsg) {
        counter(dsg).incrementAndGet();
    }

    /** Moves the version on after every request but reads of a write endpoint. */
    static Filter writes(DatasetGraph dsg) {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
                String m = ((HttpServletRequest) request).getMethod();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS")) bump(dsg);
                }
            }
        };
    }
}
