package org.diplokg.serve.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/** The pages that are not resources: landing page (also VoID), query, timeline and network. */
final class SiteServlet extends HttpServlet {
    private final LandingPage landing;
    private final QueryPage query = new QueryPage();
    private final TimelinePage timeline;
    private final NetworkPage network;

    private final Optional<String> publicUrl;
    private final PageCache cache;

    SiteServlet(DatasetGraph dsg, PublicBase base, Optional<String> publicUrl, Optional<java.nio.file.Path> dumps) {
        this.publicUrl = publicUrl;
        this.cache = new PageCache(dsg);
        this.landing = new LandingPage(dsg, base, dumps);
        this.timeline = new TimelinePage(dsg, base);
        this.network = new NetworkPage(dsg, base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            page(req, resp);
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // the server is too busy to compute the page in time: say so, as the endpoint does, not 500
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setHeader("Retry-After", "5");
                resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is busy; try again in a few seconds");
            }
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        switch (path) {
            case "/", "", "/.well-known/void" -> landing(req, resp);
            case "/query" -> html(req, resp, query.html(req.getParameter("query"), req.getParameter("example")));
            case "/timeline" -> html(req, resp, cache.get("timeline", timeline::html));
            case "/network" -> {
                boolean people = "people".equals(req.getParameter("of"));
                html(req, resp, cache.get("network " + people, () -> network.html(people)));
            }
            default -> Negotiated.notFound(resp, path);
        }
    }

    private void landing(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Variant> v = Negotiated.choose(req, resp);
        if (v.isEmpty()) return;
        String self = org.diplokg.serve.ServerUrl.of(publicUrl, req);
        LandingPage.Facts facts = cache.get("landing " + self, () -> landing.facts(self));
        Graph voiD = landing.voiD(facts);
        Negotiated.send(req, resp, v.get(), voiD, v.get() == Variant.HTML ? landing.html(facts, voiD) : null);
    }

    private static void html(HttpServletRequest req, HttpServletResponse resp, String page) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        Negotiated.body(req, resp, page.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
