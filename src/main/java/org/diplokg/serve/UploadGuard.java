package org.diplokg.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Uploads to the Graph Store endpoint only in syntaxes that never load other documents while
 * parsing: JSON-LD (whose {@code @context} may name a file or URL the server would read or fetch), RDF/XML (external
 * entities), multipart uploads (whose syntax follows a file name) and requests without a type are
 * refused with HTTP 415.
 */
final class UploadGuard implements Filter {
    static final Set<String> ACCEPTED = Set.of("text/turtle", "application/n-triples", "application/trig", "application/n-quads",
            "application/x-turtle");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String m = req.getMethod();
        if (m.equals("PUT") || m.equals("POST") || m.equals("PATCH")) {
            String type = req.getContentType() == null ? "" : req.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!ACCEPTED.contains(type)) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "upload Turtle, N-Triples, TriG or N-Quads (with its Content-Type), not '" + type + "'");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
