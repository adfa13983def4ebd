package org.diplokg.publish;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A counter of the writes to a dataset, kept in the dataset's context: a release applied to the
 * store moves it on, and so do the server's write endpoints once each write request has ended, so anything computed from the data (the pages, kept query answers)
 * can tell whether it is still current. A served dataset changes only through this server (a
 * TDB2 store is held by one process; an in-memory one lives in it).
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
}
