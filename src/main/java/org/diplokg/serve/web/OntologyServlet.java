package org.diplokg.serve.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}: the namespace document. People get the generated documentation, RDF
 * clients the ontology itself; Turtle is the file byte for byte.
 */
final class OntologyServlet extends HttpServlet {
    private final OntologyPage page = new OntologyPage();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Variant> v = Negotiated.choose(req, resp);
        if (v.isEmpty()) return;
        if (v.get() == Variant.TURTLE) {
            resp.setContentType(v.get().contentType());
            resp.setHeader("Content-Location", req.getRequestURI() + "?format=ttl");
            Negotiated.body(req, resp, page.turtle());
            return;
        }
        Negotiated.send(req, resp, v.get(), page.graph(), v.get() == Variant.HTML ? page.html() : null);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
