package org.diplokg.serve;

import java.io.IOException;
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

/**
 * At most {@code running} queries at once, at most {@code queued} more waiting (each at most
 * {@code waitMillis}); beyond that a request gets HTTP 503 with {@code Retry-After} at once, so a
 * burst of heavy queries cannot take every core and all the memory. Shared by every read endpoint.
 */
final class QueryGate implements Filter {
    static final int RETRY_AFTER_SECONDS = 5;
    private final Semaphore slots;
    private final int queued;
    private final long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    QueryGate(int running, int queued, long waitMillis) {
        if (running < 1 || queued < 0) throw new IllegalArgumentException("at least one query at a time, and a queue of 0 or more");
        this.slots = new Semaphore(running, true);
        this.queued = queued;
        this.waitMillis = waitMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if ("OPTIONS".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean got = slots.tryAcquire();
        if (!got) {
            if (waiting.incrementAndGet() > queued) {
                waiting.decrementAndGet();
                busy((HttpServletResponse) response, "too many queries at once; try again later");
                return;
            }
            try {
                got = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
            if (!got) {
                busy((HttpServletResponse) response, "the queries before this one took too long; try again later");
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private static void busy(HttpServletResponse resp, String why) throws IOException {
        resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why);
    }
}
