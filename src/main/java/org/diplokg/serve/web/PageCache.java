package org.diplokg.serve.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.publish.DataVersion;

/**
 * Pages computed from the whole data (landing page figures, timeline, network) are the same for
 * every visitor until the data changes. Each is computed by one request at a time: it is kept
 * until a write through the server (see {@link DataVersion}) or {@link #MAX_AGE_SECONDS} have
 * passed; then the next visitor computes it again while the visitors who come meanwhile get the
 * copy before (or, if there is none yet, wait for that one computation). On a 1,000-article
 * store the timeline and network take seconds to compute: without this, 50 visitors computed them
 * 50 times at once and timed out.
 */
final class PageCache {
    static final long MAX_AGE_SECONDS = 60;
    private final DatasetGraph dsg;

    private record Entry(long version, long at, Object value) {
    }

    private final Map<String, Entry> done = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();

    PageCache(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long version = DataVersion.of(dsg);
        long now = System.nanoTime();
        Entry e = done.get(key);
        if (e != null && e.version() == version && now - e.at() < TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) return (T) e.value();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> other = computing.putIfAbsent(key, mine);
        if (other != null) {
            if (e != null) return (T) e.value();
            try {
                return (T) other.join();
            } catch (CompletionException x) {
                if (x.getCause() instanceof RuntimeException r) throw r;
                throw x;
            }
        }
        Select.FOR_CACHED_PAGE.set(true);
        try {
            T value = compute.get();
            done.put(key, new Entry(version, now, value));
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error x) {
            mine.completeExceptionally(x);
            throw x;
        } finally {
            Select.FOR_CACHED_PAGE.remove();
            computing.remove(key, mine);
        }
    }
}
