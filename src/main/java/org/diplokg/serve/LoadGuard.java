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
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        String text;
        HttpServletRequest forward = req;
        if (type.startsWith("application/sparql-update")) {
            byte[] body = req.getInputStream().readAllBytes();
            text = new String(body, StandardCharsets.UTF_8);
            forward = new Replay(req, body);
        } else {
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
        }
        if (text != null) {
            String refused = refusedLoad(text);
            if (refused != null) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "LOAD is allowed from http(s) IRIs only, not " + refused);
                return;
            }
        }
        chain.doFilter(forward, response);
    }

    /** The first LOAD source that is not http(s), or null. Unparsable requests are left to Fuseki to reject. */
    static String refusedLoad(String update) {
        UpdateRequest ur;
        try {
            ur = UpdateFactory.create(update);
        } catch (QueryParseException e) {
            return null;
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
