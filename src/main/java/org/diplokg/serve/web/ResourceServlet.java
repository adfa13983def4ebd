package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.rdf.IriScheme;
import org.diplokg.rdf.vocab.DKG;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /id/*}: every minted IRI, answered in the variant the client asks for, or 404. A meeting
 * that was merged into another (it is only {@code owl:sameAs} the survivor) answers 301 with the
 * survivor's path, keeping the query string, so links to it keep working.
 */
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
        Optional<Node> survivor = Txn.calculateRead(dsg, () -> survivorOf(resource));
        if (survivor.isPresent()) {
            String target = base.href(survivor.get().getURI());
            if (req.getQueryString() != null) target += "?" + req.getQueryString();
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", target);
            resp.setHeader("Vary", "Accept");
            return;
        }
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

    /** The meeting a merged meeting IRI now stands for: it has no type of its own and is owl:sameAs a live meeting. */
    private Optional<Node> survivorOf(Node resource) {
        if (!IriScheme.isMeeting(resource) || dsg.contains(Node.ANY, resource, RDF.type.asNode(), DKG.DiplomaticMeeting)) {
            return Optional.empty();
        }
        List<Node> live = new ArrayList<>();
        dsg.find(Node.ANY, resource, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            if (dsg.contains(Node.ANY, q.getObject(), RDF.type.asNode(), DKG.DiplomaticMeeting)) live.add(q.getObject());
        });
        return live.stream().min(java.util.Comparator.comparing(Node::getURI));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
