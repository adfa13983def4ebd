package org.diplokg.serve.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@code /id/*}: every minted IRI, answered in the variant the client asks for, or 404. */
final class ResourceServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final PublicBase base;

    ResourceServlet(DatasetGraph dsg, PublicBase base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Node resource = base.resource(path);
        Optional<Variant> v = Negotiated.choose(req, resp);
        if (v.isEmpty()) return;
        record Answer(Graph graph, String html) {
        }
        Answer a = Txn.calculateRead(dsg, () -> {
            Description d = new Description(dsg);
            Graph g = d.describe(resource);
            if (g.isEmpty()) return null;
            String html = v.get() == Variant.HTML ? new ResourcePage(d, new Labels(dsg), base).render(resource, g) : null;
            return new Answer(g, html);
        });
        if (a == null) {
            Negotiated.notFound(resp, resource.getURI());
            return;
        }
        Negotiated.send(req, resp, v.get(), a.graph(), a.html());
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
