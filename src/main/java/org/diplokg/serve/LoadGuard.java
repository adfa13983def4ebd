package org.diplokg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses SPARQL Update requests that {@code LOAD} anything but http(s) IRIs: an authenticated
 * writer must still not be able to read the server's files ({@code LOAD <file:///etc/passwd>}).
 */
final class LoadGuard implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!"POST".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // decide from the update itself, never from how it claims to be sent: a body that is compressed,
        // or whose type this filter does not read, is refused rather than passed on unread
        String encoding = req.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send the update uncompressed (no Content-Encoding)");
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT).strip();
        String text;
        HttpServletRequest forward = req;
        if (type.startsWith("application/sparql-update")) {
            if (req.getQueryString() != null && (req.getQueryString().contains("update=") || req.getQueryString().contains("request="))) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "the update goes in the body, not also in the URL");
                return;
            }
            byte[] body = req.getInputStream().readAllBytes();
            text = new String(body, StandardCharsets.UTF_8);
            forward = new Replay(req, body);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            // Fuseki takes the update from "update" or its alias "request"; every value of both is checked
            java.util.List<String> values = new java.util.ArrayList<>();
            for (String name : new String[] {"update", "request"}) {
                String[] v = req.getParameterValues(name);
                if (v != null) values.addAll(java.util.Arrays.asList(v));
            }
            if (values.size() > 1) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "one update per request, in 'update'");
                return;
            }
            text = values.isEmpty() ? null : values.get(0);
        } else {
            resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "send the update as application/sparql-update or application/x-www-form-urlencoded");
            return;
        }
        if (text != null && refusedLoad(text) == UNPARSABLE) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a SPARQL update");
            return;
        }
        if (text != null) {
            String refused = refusedLoad(text);
            if (refused != null && refused != UNPARSABLE) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "LOAD is allowed from http(s) IRIs only, not " + refused);
                return;
            }
        }
        chain.doFilter(forward, response);
    }

    /** What {@link #refusedLoad} gives for text that does not parse as an update. */
    static final String UNPARSABLE = new String("(unparsable)");

    /** The first LOAD source that is not http(s), {@link #UNPARSABLE}, or null when every LOAD is allowed. */
    static String refusedLoad(String update) {
        UpdateRequest ur;
        try {
            ur = UpdateFactory.create(update);
        } catch (QueryParseException e) {
            return UNPARSABLE;
        }
        for (Update u : ur.getOperations()) {
            if (u instanceof UpdateLoad load) {
                String src = load.getSource().toLowerCase(java.util.Locale.ROOT);
                if (!src.startsWith("http://") && !src.startsWith("https://")) return load.getSource();
            }
        }
        return null;
    }

    /** The request with its body, already read here, readable again by Fuseki. */
    private static final class Replay extends HttpServletRequestWrapper {
        private final byte[] body;

        Replay(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
