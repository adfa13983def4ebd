package org.diplokg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.publish.Terms;

/**
 * The SPARQL Service Description: a plain GET of the query endpoint (no {@code query}
 * parameter) answers with it, as the SD recommendation suggests; every response of the endpoint
 * carries a {@code Link} header to it and to the VoID.
 */
final class ServiceDescription implements Filter {
    private final boolean updates;
    private final java.util.Optional<String> publicUrl;

    ServiceDescription(boolean updates, java.util.Optional<String> publicUrl) {
        this.updates = updates;
        this.publicUrl = publicUrl;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String base = ServerUrl.of(publicUrl, req);
        String endpoint = base + req.getRequestURI().substring(req.getContextPath().length());
        resp.addHeader("Link", "<" + endpoint + ">; rel=\"describedby\"; type=\"text/turtle\", </dumps/void.ttl>; rel=\"describedby\"");
        boolean plainGet = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && req.getParameter("query") == null;
        if (!plainGet) {
            chain.doFilter(request, response);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, describe(endpoint, base), RDFFormat.TURTLE_PRETTY);
        resp.setContentType("text/turtle");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(bytes.size());
        if ("GET".equals(req.getMethod())) resp.getOutputStream().write(bytes.toByteArray());
    }

    Graph describe(String endpoint, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", Terms.SD);
        g.getPrefixMapping().setNsPrefix("void", Terms.VOID);
        Node svc = NodeFactory.createURI(endpoint);
        Node ds = NodeFactory.createURI(base + "/dumps/void.ttl");
        Node sdGraph = Terms.DATASET;
        add(g, svc, Terms.TYPE, sd("Service"));
        add(g, svc, sd("endpoint"), svc);
        add(g, svc, sd("supportedLanguage"), sd("SPARQL11Query"));
        if (updates) add(g, svc, sd("supportedLanguage"), sd("SPARQL11Update"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            add(g, svc, sd("resultFormat"), NodeFactory.createURI("http://www.w3.org/ns/formats/" + f));
        }
        add(g, svc, sd("feature"), sd("UnionDefaultGraph"));
        add(g, svc, sd("defaultDataset"), sdGraph);
        add(g, sdGraph, Terms.TYPE, sd("Dataset"));
        add(g, sdGraph, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"), ds);
        add(g, ds, Terms.TYPE, Terms.VOID_DATASET);
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(Terms.SD + local);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
