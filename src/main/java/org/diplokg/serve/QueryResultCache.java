package org.diplokg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.publish.DataVersion;

/**
 * Answers a read query that was answered before from memory, until the data changes: the query
 * page's example queries took seconds each on a 10,000-article store, and a handful of visitors
 * sending the same one filled the {@link QueryGate} and got 503s. It stands before the gate, so a
 * stored answer takes no query slot; identical requests that come while one is computed wait for
 * it (single flight) instead of running the query again, and run it themselves only if it fails.
 * <p>
 * Kept: complete HTTP 200 answers to a GET, or a form POST, with a {@code query} and at most
 * {@code default-graph-uri}, {@code named-graph-uri}, {@code format} and {@code output} besides;
 * keyed by those, the endpoint, the {@code Accept} header, whether an {@code Origin} was sent
 * (CORS headers) and the {@link DataVersion} when the request came, so a write makes every older
 * answer unreachable (they are dropped). Anything else passes straight through. Every answer it
 * could keep says {@code X-DiploKG-Cache: hit} or {@code miss}.
 */
final class QueryResultCache implements Filter {
    /** Kept in all by default: hundreds of answers like the example queries' (a few KB to a few hundred KB), a small share of a 512 MB heap. */
    static final long DEFAULT_BUDGET_BYTES = 64L << 20;
    /** An answer is kept only up to this share of the budget (8 MB of 64), so one answer cannot push out all the others. */
    static final int ENTRY_SHARE = 8;
    static final String HEADER = "X-DiploKG-Cache";
    /** Room for answers being captured is taken from the shared allowance this much at a time, not byte by byte. */
    private static final long RESERVE_CHUNK = 64L << 10;

    /** The parameters a kept answer may depend on; a request with any other one is not kept. */
    private static final Set<String> KEY_PARAMETERS = Set.of("query", "default-graph-uri", "named-graph-uri", "format", "output");
    /** Headers of the answer that belong to one response only, or that a replay sets itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-type", "date", "fuseki-request-id",
            "set-cookie", "transfer-encoding", "connection", "retry-after", HEADER.toLowerCase(Locale.ROOT));

    private final DatasetGraph dsg;
    private final long budget;
    private final long entryLimit;
    private final long waitMillis;
    /** Kept answers, least recently used first; guarded by this. */
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long kept;
    private long newestVersion = Long.MIN_VALUE;
    private final Map<Key, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    /** Bytes held by answers being captured: bounded by the budget too, past it they stream through. */
    private final AtomicLong capturing = new AtomicLong();

    /**
     * @param budget bytes kept in all (answers being captured may hold as much again)
     * @param waitMillis how long a request waits for an identical one being computed
     */
    QueryResultCache(DatasetGraph dsg, long budget, long waitMillis) {
        if (budget < 1 || waitMillis < 0) throw new IllegalArgumentException("a positive budget and a wait of 0 or more");
        this.dsg = dsg;
        this.budget = budget;
        this.entryLimit = budget / ENTRY_SHARE;
        this.waitMillis = waitMillis;
    }

    /** What an answer depends on. */
    record Key(long version, String endpoint, String accept, boolean origin, Map<String, List<String>> parameters) {
        /** The key of a request, or null if its answer is not to be kept. */
        static Key of(HttpServletRequest req, long version) {
            String method = req.getMethod();
            String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
            boolean form = "POST".equals(method) && type.split(";", 2)[0].strip().equals("application/x-www-form-urlencoded");
            if (!"GET".equals(method) && !form) return null;
            Map<String, String[]> params;
            try {
                params = req.getParameterMap();
            } catch (RuntimeException e) {
                return null; // a malformed query string or body: the endpoint answers it
            }
            return of(req.getRequestURI(), req.getHeader("Accept"), req.getHeader("Origin") != null, params, version);
        }

        static Key of(String endpoint, String accept, boolean origin, Map<String, String[]> params, long version) {
            String[] query = params.get("query");
            if (query == null || query.length != 1 || !KEY_PARAMETERS.containsAll(params.keySet())) return null;
            Map<String, List<String>> p = new HashMap<>();
            params.forEach((name, values) -> p.put(name, List.of(values)));
            return new Key(version, endpoint, accept == null ? "" : accept, origin, Map.copyOf(p));
        }

        long size() {
            long n = 64 + endpoint.length() + accept.length();
            for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
                n += e.getKey().length();
                for (String v : e.getValue()) n += v.length();
            }
            return 2 * n;
        }
    }

    /** A kept answer: a 200 with these headers and bytes. */
    record Entry(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
        long size() {
            long n = 64 + body.length + contentType.length();
            for (Map.Entry<String, String> h : headers) n += 2L * (h.getKey().length() + h.getValue().length());
            return n;
        }
    }

    /**
     * What a request gets: a kept answer ({@code entry}), the turn to compute it ({@code flight}, to
     * be ended whatever happens), or, when a wait for another request came to nothing, neither.
     */
    record Lookup(Entry entry, Flight flight) {
    }

    /** The computation of one key by one request; the others with that key wait for its end. */
    final class Flight {
        private final Key key;
        private final CompletableFuture<Entry> result;

        private Flight(Key key, CompletableFuture<Entry> result) {
            this.key = key;
            this.result = result;
        }

        /** Keeps the answer (null: none to keep) and hands it to the requests waiting. */
        void end(Entry entry) {
            try {
                if (entry != null) keep(key, entry, DataVersion.of(dsg));
            } finally {
                computing.remove(key, result);
                result.complete(entry);
            }
        }
    }

    /** The kept answer for this key, else the turn to compute it, else (after waiting for another request) neither. */
    Lookup lookup(Key key) {
        Entry e = stored(key);
        if (e != null) return new Lookup(e, null);
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = computing.putIfAbsent(key, mine);
        if (other == null) {
            // it may have been kept between the look and the claim
            e = stored(key);
            if (e == null) return new Lookup(null, new Flight(key, mine));
            computing.remove(key, mine);
            mine.complete(e);
            return new Lookup(e, null);
        }
        try {
            return new Lookup(other.get(waitMillis, TimeUnit.MILLISECONDS), null);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException x) {
            // the other request failed or is slow: this one runs the query itself
        }
        return new Lookup(null, null);
    }

    private synchronized Entry stored(Key key) {
        forgetBefore(key.version());
        return entries.get(key);
    }

    /** Keeps an answer computed at {@code key.version()} if the data is still at {@code current} and it fits. */
    synchronized void keep(Key key, Entry entry, long current) {
        forgetBefore(current);
        long size = key.size() + entry.size();
        if (key.version() != current || entry.body().length > entryLimit || size > budget) return;
        Entry old = entries.put(key, entry);
        if (old != null) kept -= key.size() + old.size();
        kept += size;
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (kept > budget && it.hasNext()) {
            Map.Entry<Key, Entry> e = it.next();
            kept -= e.getKey().size() + e.getValue().size();
            it.remove();
        }
    }

    /** Drops every answer computed before a write the data has seen since. */
    private void forgetBefore(long version) {
        if (version <= newestVersion) return;
        newestVersion = version;
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Entry> e = it.next();
            if (e.getKey().version() < version) {
                kept -= e.getKey().size() + e.getValue().size();
                it.remove();
            }
        }
    }

    /** Bytes kept now. */
    synchronized long keptBytes() {
        return kept;
    }

    synchronized int size() {
        return entries.size();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Key key = Key.of(req, DataVersion.of(dsg));
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Lookup found = lookup(key);
        if (found.entry() != null) {
            replay(found.entry(), resp);
            return;
        }
        resp.setHeader(HEADER, "miss");
        if (found.flight() == null) {
            chain.doFilter(request, response);
            return;
        }
        Capture capture = new Capture(resp);
        Entry entry = null;
        try {
            chain.doFilter(request, capture);
            entry = capture.finish(Boolean.TRUE.equals(req.getAttribute(QueryGate.CUT_SHORT)));
        } finally {
            capture.release();
            found.flight().end(entry);
        }
        capture.send();
    }

    private static void replay(Entry e, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(e.contentType());
        for (Map.Entry<String, String> h : e.headers()) resp.addHeader(h.getKey(), h.getValue());
        resp.setHeader(HEADER, "hit");
        resp.setContentLength(e.body().length);
        resp.getOutputStream().write(e.body());
    }

    /**
     * The response as the endpoint writes it, held back up to the entry limit so it can be kept;
     * past the limit what was held goes out and the rest streams through (nothing is lost, the
     * answer is just not kept). An error sent meanwhile drops what was held: the container answers.
     */
    private final class Capture extends HttpServletResponseWrapper {
        private ByteArrayOutputStream held = new ByteArrayOutputStream();
        private long reserved;
        private boolean streaming;
        private boolean errored;
        private int status = SC_OK;
        private byte[] body;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse r) {
            super(r);
        }

        @Override
        public void setStatus(int sc) {
            // an error after part of the answer was written (the row cap, a failure): that part goes, the message stays
            if (sc != SC_OK && status == SC_OK && !streaming) held.reset();
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            dropHeld(sc);
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            dropHeld(sc);
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            dropHeld(SC_FOUND);
            super.sendRedirect(location);
        }

        private void dropHeld(int sc) {
            status = sc;
            errored = true;
            if (!streaming) held.reset();
        }

        @Override
        public void reset() {
            if (!streaming) held.reset();
            status = SC_OK;
            super.reset();
            setHeader(HEADER, "miss");
        }

        @Override
        public void resetBuffer() {
            if (!streaming) held.reset();
            super.resetBuffer();
        }

        @Override
        public void flushBuffer() throws IOException {
            // while held, nothing is committed, so an error can still be sent cleanly
            if (streaming) super.flushBuffer();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) stream = new Held();
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            return writer;
        }

        private void write(byte[] b, int off, int len) throws IOException {
            if (errored) return;
            if (!streaming && !room(len)) spill();
            if (streaming) super.getOutputStream().write(b, off, len);
            else held.write(b, off, len);
        }

        private void write(int b) throws IOException {
            if (errored) return;
            if (!streaming && !room(1)) spill();
            if (streaming) super.getOutputStream().write(b);
            else held.write(b);
        }

        /** Whether {@code len} more bytes may be held, taking room from the shared allowance a chunk at a time. */
        private boolean room(int len) {
            long need = held.size() + (long) len;
            if (need > entryLimit) return false;
            if (need <= reserved) return true;
            long more = Math.min(Math.max(need - reserved, RESERVE_CHUNK), entryLimit - reserved);
            if (capturing.addAndGet(more) > budget) {
                capturing.addAndGet(-more);
                return false;
            }
            reserved += more;
            return true;
        }

        private void spill() throws IOException {
            streaming = true;
            held.writeTo(super.getOutputStream());
            held = new ByteArrayOutputStream(0);
            release();
        }

        void release() {
            capturing.addAndGet(-reserved);
            reserved = 0;
        }

        /**
         * Ends the capture: the answer to keep, or null when it is not a complete 200 held whole. A
         * query cancelled (timeout, gate) while its answer was written leaves a cut-off document
         * with 200 or, from Fuseki 5, 400; while nothing of it has been sent, the client gets the
         * 503 with {@code Retry-After} that a query cancelled before its first result gets.
         */
        Entry finish(boolean cutShort) {
            if (writer != null) writer.flush();
            if (errored || streaming) return null;
            if (cutShort && (status == SC_OK || status == SC_BAD_REQUEST)) {
                status = SC_SERVICE_UNAVAILABLE;
                super.setStatus(status);
                setHeader("Retry-After", Integer.toString(QueryGate.RETRY_AFTER_SECONDS));
                setContentType("text/plain;charset=utf-8");
                body = "Query timed out\n".getBytes(StandardCharsets.UTF_8);
                held = null;
                return null;
            }
            body = held.toByteArray();
            held = null;
            String type = getContentType();
            if (cutShort || status != SC_OK || type == null) return null;
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : getHeaderNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (NOT_REPLAYED.contains(lower) || !seen.add(lower)) continue;
                for (String v : getHeaders(name)) headers.add(Map.entry(name, v));
            }
            return new Entry(type, List.copyOf(headers), body);
        }

        /** Sends what was held (what streamed has gone already). */
        void send() throws IOException {
            if (body == null) return;
            if (!isCommitted()) setContentLength(body.length);
            super.getOutputStream().write(body);
        }

        private final class Held extends ServletOutputStream {
            @Override
            public void write(int b) throws IOException {
                Capture.this.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Capture.this.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (streaming) Capture.super.getOutputStream().flush();
            }

            @Override
            public void setWriteListener(WriteListener l) {
                throw new UnsupportedOperationException("the query result cache writes blocking only");
            }

            @Override
            public boolean isReady() {
                return true;
            }
        }
    }
}
