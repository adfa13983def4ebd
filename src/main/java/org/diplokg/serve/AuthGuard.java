package org.diplokg.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of basic auth: a malformed {@code Authorization: Basic} header (not base64, no colon)
 * gets HTTP 401 instead of an error from deep inside the server, and a client address whose
 * credentials failed {@link #MAX_FAILURES} times within {@link #WINDOW_MILLIS} gets HTTP 429 with
 * {@code Retry-After} for every request with credentials until the window has passed, so
 * guessing passwords is slowed to a few tries a minute.
 */
final class AuthGuard extends Handler.Wrapper {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_MILLIS = 60_000;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    AuthGuard(Handler inner) {
        super(inner);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth == null) return super.handle(request, response, callback);
        String client = Request.getRemoteAddr(request);
        long wait = lockedFor(client);
        if (wait > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString((wait + 999) / 1000));
            Response.writeError(request, response, callback, 429, "too many failed logins from this address; try again later");
            return true;
        }
        if (!wellFormed(auth)) {
            recordFailure(client);
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"DiploKG\"");
            Response.writeError(request, response, callback, 401, "malformed Authorization header");
            return true;
        }
        Callback watched = new Callback() {
            @Override
            public void succeeded() {
                if (response.getStatus() == 401) recordFailure(client);
                callback.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                callback.failed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        return super.handle(request, response, watched);
    }

    /** Whether a header is acceptable to pass on: any scheme but Basic, or Basic with base64 of "user:password". */
    static boolean wellFormed(String header) {
        String h = header.strip();
        if (!h.toLowerCase(Locale.ROOT).startsWith("basic")) return true;
        String token = h.substring(5).strip();
        if (token.isEmpty()) return false;
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void recordFailure(String client) {
        Deque<Long> d = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(System.currentTimeMillis());
            while (d.size() > MAX_FAILURES) d.removeFirst();
        }
    }

    /** Milliseconds until the client may try again, or 0. */
    private long lockedFor(String client) {
        Deque<Long> d = failures.get(client);
        if (d == null) return 0;
        synchronized (d) {
            long now = System.currentTimeMillis();
            while (!d.isEmpty() && now - d.peekFirst() > WINDOW_MILLIS) d.removeFirst();
            if (d.size() < MAX_FAILURES) return 0;
            return WINDOW_MILLIS - (now - d.peekFirst());
        }
    }
}
