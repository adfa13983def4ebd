package org.diplokg.serve.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/**
 * Answers one request for a resource with the variant it asks for. The resource IRI answers
 * directly (200) rather than redirecting, and names the variant it sent in Content-Location
 * ({@code ?format=ttl} etc.), with {@code Vary: Accept} so caches keep the variants apart.
 */
final class Negotiated {
    private Negotiated() {
    }

    /** The chosen variant, or empty after an error response (400 for a bad format, 406). */
    static Optional<Variant> choose(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String format = req.getParameter("format");
        if (format != null) {
            Optional<Variant> v = Variant.byFormat(format);
            if (v.isEmpty()) plain(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown format '" + format + "': use ttl, jsonld, nt or html\n");
            return v;
        }
        Optional<Variant> v = Variant.negotiate(req.getHeader("Accept"));
        if (v.isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/ld+json, application/n-triples\n");
        }
        return v;
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, Variant v, Graph g, String html) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(v.contentType());
        resp.setHeader("Content-Location", req.getRequestURI() + "?format=" + v.format());
        if (v == Variant.HTML) {
            body(req, resp, html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFWriter.source(g).format(v.rdfFormat()).output(out);
        body(req, resp, out.toByteArray());
    }

    static void body(HttpServletRequest req, HttpServletResponse resp, byte[] bytes) throws IOException {
        resp.setContentLength(bytes.length);
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream os = resp.getOutputStream()) {
            os.write(bytes);
        }
    }

    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] b = message.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }

    /** A 404 page that a person can read and that says which IRI was asked for. */
    static void notFound(HttpServletResponse resp, String iri) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/html; charset=utf-8");
        byte[] b = Html.page("Not found", "", "<h1>Not found</h1>\n<p>DiploKG knows nothing about <code>"
                + Html.esc(iri) + "</code>.</p>\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
