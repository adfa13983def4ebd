package org.diplokg.serve;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.QueryIterator;

/**
 * How many queries run at once, in three lanes, so that a burst of heavy queries can neither take
 * every core and all the memory nor keep simple queries waiting:
 * <ul>
 * <li><b>light</b>: a query with at most one triple pattern and nothing to sort, group or nest
 * (e.g. {@code ASK {}}, a lookup of one resource) runs in a lane of its own, {@code running}
 * at once, never behind heavy ones;</li>
 * <li><b>main</b>: every other query, and every {@code /get}: {@code running} at once, at most
 * {@code queued} more waiting (each at most {@code waitMillis}); beyond that HTTP 503 with
 * {@code Retry-After} at once;</li>
 * <li><b>long</b>: a query still running after {@code longAfterMillis} leaves its lane for one of
 * {@code longSlots} long-query slots, so the next query can start; when those are all taken it is
 * cancelled and answered HTTP 503 with {@code Retry-After}.</li>
 * </ul>
 * The filter opens a ticket per request; {@link BoundedEngine} admits the parsed query on it
 * (and knows whether it is light). Every 503 from these endpoints carries {@code Retry-After}.
 */
final class QueryGate implements Filter, AutoCloseable {
    static final int RETRY_AFTER_SECONDS = 5;
    /** Request attribute set when the query was cancelled or stopped: a 200 may then carry a cut-off result. */
    static final String CUT_SHORT = "org.diplokg.serve.queryCutShort";

    enum Lane { NONE, LIGHT, MAIN, LONG }

    private final Semaphore light;
    private final Semaphore main;
    private final Semaphore longSlots;
    private final int queued;
    private final long waitMillis;
    private final long longAfterNanos;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Set<Ticket> active = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Ticket> current = new ThreadLocal<>();
    private final ScheduledExecutorService watcher;

    QueryGate(int running, int queued, long waitMillis, int longSlots, long longAfterMillis) {
        if (running < 1 || queued < 0 || longSlots < 1) {
            throw new IllegalArgumentException("at least one query at a time, one long one, and a queue of 0 or more");
        }
        this.light = new Semaphore(running, true);
        this.main = new Semaphore(running, true);
        this.longSlots = new Semaphore(longSlots, true);
        this.queued = queued;
        this.waitMillis = waitMillis;
        this.longAfterNanos = TimeUnit.MILLISECONDS.toNanos(longAfterMillis);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "diplokg-query-gate");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(20, Math.min(200, longAfterMillis / 5));
        watcher.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** One request's place in the gate. */
    final class Ticket {
        private Lane lane = Lane.NONE;
        private long admittedAt;
        private QueryIterator iterator;
        private boolean cancelled;
        // not guarded by the ticket: the query's iterator sets it while it may be cancelled under the ticket's lock
        private volatile boolean cutShort;

        /** Takes a slot in the light or main lane, or throws HTTP 503. */
        void admit(boolean isLight) {
            synchronized (this) {
                if (lane != Lane.NONE) return;
            }
            Semaphore s = isLight ? light : main;
            boolean got = s.tryAcquire();
            if (!got) {
                if (waiting.incrementAndGet() > queued) {
                    waiting.decrementAndGet();
                    throw new HttpException(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many queries at once; try again later");
                }
                try {
                    got = s.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    waiting.decrementAndGet();
                }
                if (!got) {
                    throw new HttpException(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            "the queries before this one took too long; try again later");
                }
            }
            synchronized (this) {
                lane = isLight ? Lane.LIGHT : Lane.MAIN;
                admittedAt = System.nanoTime();
            }
            active.add(this);
        }

        /** The running query, so the gate can cancel it. */
        synchronized void running(QueryIterator it) {
            this.iterator = it;
            if (cancelled) it.cancel();
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        /** Records that the query did not run to its end (cancelled, timed out, failed or past the row cap). */
        void cutShort() {
            cutShort = true;
        }

        boolean wasCutShort() {
            return cutShort || cancelled();
        }

        synchronized Lane lane() {
            return lane;
        }

        /** Moves a query that has run too long to a long slot, or cancels it when there is none. */
        private synchronized void watch(long now) {
            if (cancelled || (lane != Lane.LIGHT && lane != Lane.MAIN) || now - admittedAt < longAfterNanos) return;
            if (longSlots.tryAcquire()) {
                (lane == Lane.LIGHT ? light : main).release();
                lane = Lane.LONG;
            } else if (iterator != null) {
                cancelled = true;
                iterator.cancel();
            }
        }

        private synchronized void release() {
            switch (lane) {
                case LIGHT -> light.release();
                case MAIN -> main.release();
                case LONG -> longSlots.release();
                default -> { }
            }
            lane = Lane.NONE;
            active.remove(this);
        }
    }

    /** The ticket of the request this thread serves, or null outside a gated request. */
    Ticket current() {
        return current.get();
    }

    private void watch() {
        long now = System.nanoTime();
        for (Ticket t : active) {
            try {
                t.watch(now);
            } catch (RuntimeException e) {
                // a query ending as it is watched: nothing to do
            }
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if ("OPTIONS".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = new RetryAfter((HttpServletResponse) response);
        Ticket ticket = new Ticket();
        current.set(ticket);
        try {
            if (req.getRequestURI().endsWith("/get")) {
                try {
                    ticket.admit(false);
                } catch (HttpException e) {
                    resp.sendError(e.getStatusCode(), e.getMessage());
                    return;
                }
            }
            chain.doFilter(request, resp);
        } finally {
            current.remove();
            if (ticket.wasCutShort()) request.setAttribute(CUT_SHORT, Boolean.TRUE);
            ticket.release();
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    /** Adds {@code Retry-After} to every 503, whoever sends it (the gate, a cancelled query, a timeout). */
    private static final class RetryAfter extends HttpServletResponseWrapper {
        RetryAfter(HttpServletResponse r) {
            super(r);
        }

        private void mark(int sc) {
            if (sc == SC_SERVICE_UNAVAILABLE && !isCommitted()) setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }

        @Override
        public void setStatus(int sc) {
            mark(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            mark(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            mark(sc);
            super.sendError(sc, msg);
        }
    }
}
