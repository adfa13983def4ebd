package org.diplokg.serve;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where this server says it is, in pages, VoID, service descriptions and {@code Link} headers:
 * the public URL it was configured with ({@code serve --public-url}), else
 * {@code http://localhost:PORT} with the port the request came in on. Never the {@code Host}
 * header, which any client may set to anything.
 */
public final class ServerUrl {
    private ServerUrl() {
    }

    /** The configured URL without a trailing slash; refuses anything but an http(s) URL without query or fragment. */
    public static String check(String url) {
        String u = url.strip();
        if (!u.matches("(?i)https?://[A-Za-z0-9.\\-\\[\\]:]+(/[A-Za-z0-9._~%!$&'()*+,;=:@/\\-]*)?")) {
            throw new IllegalArgumentException("the public URL must be an http(s) URL without query or fragment, not '" + url + "'");
        }
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    public static String of(Optional<String> configured, HttpServletRequest req) {
        return configured.orElseGet(() -> "http://localhost:" + req.getLocalPort()) + req.getContextPath();
    }
}
