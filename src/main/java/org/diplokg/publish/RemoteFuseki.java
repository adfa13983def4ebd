package org.diplokg.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A Fuseki dataset reached over the SPARQL Graph Store Protocol. The release graph is kept on the
 * remote too, so the next publish compares against what the remote really holds. Graph Store
 * requests are not one transaction, so a write is journalled: first a marker graph
 * ({@link GraphNames#PENDING}) naming every graph the write will put or delete, then those graphs,
 * then the release graph, then the marker goes. The next publish reads the whole dataset once
 * (one request) and repairs what an interrupted write left: graphs that no release records are
 * deleted ({@link #strays}), and recorded graphs that the marker names are written again
 * ({@link #interrupted}), so the remote holds exactly one release again.
 */
public final class RemoteFuseki implements ReleaseTarget {
    private final String datasetUrl;
    private final Optional<String> authorization;
    private org.apache.jena.sparql.core.DatasetGraph snapshot;
    private final java.util.List<Node> removedStrays = new java.util.ArrayList<>();
    private final java.util.Set<Node> rewritten = new java.util.TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));

    /** Basic credentials for a Fuseki that protects writes; empty sends none. */
    public record Credentials(String user, String password) {
    }

    public RemoteFuseki(String datasetUrl, Optional<Credentials> credentials) {
        this.datasetUrl = datasetUrl;
        this.authorization = credentials.map(c -> "Basic " + Base64.getEncoder()
                .encodeToString((c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
    }

    private GSP gsp(Node graph) {
        GSP g = GSP.service(datasetUrl).graphName(graph);
        authorization.ifPresent(a -> g.httpHeader("Authorization", a));
        return g;
    }

    @Override
    public StoreState state() {
        return ReleaseRecord.read(graph(GraphNames.RELEASES));
    }

    /** The whole remote dataset, read in one request the first time a publish needs more than the release graph. */
    private org.apache.jena.sparql.core.DatasetGraph snapshot() {
        if (snapshot == null) {
            org.apache.jena.sparql.exec.http.DSP all = org.apache.jena.sparql.exec.http.DSP.service(datasetUrl);
            authorization.ifPresent(a -> all.httpHeader("Authorization", a));
            try {
                snapshot = all.GET();
            } catch (HttpException e) {
                throw refused("read the dataset", e);
            }
        }
        return snapshot;
    }

    @Override
    public Graph graph(Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        snapshot().getGraph(name).find().forEachRemaining(copy::add);
        return copy;
    }

    /** From the copy of the dataset read for this publish. */
    @Override
    public java.util.Set<org.apache.jena.graph.Triple> held(java.util.Set<Node> graphs, java.util.Collection<org.apache.jena.graph.Triple> triples) {
        return ReleaseTarget.heldIn(snapshot(), graphs, triples);
    }

    @Override
    public java.util.Set<Node> strays(StoreState recorded) {
        java.util.Set<Node> out = new java.util.TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        snapshot().listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && !recorded.checksums().containsKey(g) && !g.equals(GraphNames.RELEASES) && !g.equals(GraphNames.PENDING)) {
                out.add(g);
            }
        });
        return out;
    }

    @Override
    public java.util.Set<Node> interrupted(StoreState recorded) {
        Graph marker = snapshot().getGraph(GraphNames.PENDING);
        java.util.Set<Node> out = new java.util.TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        if (marker.isEmpty()) return out;
        // a marker of the release the record already has: that write completed all but removing the marker
        boolean completed = marker.contains(ReleaseRecord.activityIri(recorded.release()), Node.ANY, Node.ANY);
        if (!completed) {
            marker.find(Node.ANY, Terms.PROV_GENERATED, Node.ANY).forEachRemaining(t -> {
                if (recorded.checksums().containsKey(t.getObject())) out.add(t.getObject());
            });
        }
        rewritten.addAll(out);
        return out;
    }

    @Override
    public void discard(java.util.Set<Node> graphs) {
        for (Node g : graphs) {
            delete(g);
            removedStrays.add(g);
        }
    }

    /** What this publish repaired: graphs that no release recorded (deleted), recorded graphs an interrupted write touched (rewritten). */
    public String repairs() {
        if (removedStrays.isEmpty() && rewritten.isEmpty()) return "";
        return "repaired what an interrupted publish left: " + removedStrays.size() + " graph(s) that no release records deleted, "
                + rewritten.size() + " graph(s) it had touched written again";
    }

    @Override
    public void apply(ReleasePlan plan) {
        Graph marker = GraphFactory.createDefaultGraph();
        Node write = ReleaseRecord.activityIri(plan.release().number());
        for (Node g : plan.remove()) marker.add(org.apache.jena.graph.Triple.create(write, Terms.PROV_GENERATED, g));
        for (Node g : plan.put().keySet()) marker.add(org.apache.jena.graph.Triple.create(write, Terms.PROV_GENERATED, g));
        put(GraphNames.PENDING, marker);
        for (Node g : plan.remove()) delete(g);
        for (Map.Entry<Node, Graph> e : plan.put().entrySet()) put(e.getKey(), e.getValue());
        put(GraphNames.RELEASES, plan.releases());
        delete(GraphNames.PENDING);
        snapshot = null;
    }

    /**
     * Drops a graph with the credentials (Jena's GSP DELETE does not send the extra headers the
     * other requests carry, so the remote refused it as anonymous); a graph already gone is fine.
     */
    private void delete(Node name) {
        String url = datasetUrl + (datasetUrl.contains("?") ? "&" : "?") + "graph="
                + java.net.URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8);
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .timeout(java.time.Duration.ofSeconds(60)).DELETE();
        authorization.ifPresent(a -> b.header("Authorization", a));
        int code;
        try {
            code = HTTP.send(b.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw refused("delete " + name.getURI(), new HttpException(-1, e.getMessage(), (String) null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("delete " + name.getURI(), new HttpException(-1, "interrupted", (String) null));
        }
        if (code / 100 != 2 && code != 404) throw refused("delete " + name.getURI(), new HttpException(code, "HTTP " + code, (String) null));
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(10)).build();

    private void put(Node name, Graph g) {
        try {
            gsp(name).PUT(g);
        } catch (HttpException e) {
            throw refused("write " + name.getURI(), e);
        }
    }

    private RemoteRefusal refused(String what, HttpException e) {
        int code = e.getStatusCode();
        String hint = switch (code) {
            case 401 -> authorization.isPresent() ? "the user name or password was not accepted"
                    : "it requires authentication: give --user and --password-file";
            case 403 -> "the user may not write to this dataset";
            case 404 -> "no such dataset; give the dataset URL, e.g. http://host:3030/ds";
            case 405 -> "the dataset is read-only (start Fuseki with --update or a write endpoint)";
            case -1 -> "cannot connect: " + e.getMessage();
            default -> e.getMessage();
        };
        return new RemoteRefusal(datasetUrl + ": could not " + what + " (HTTP " + code + "): " + hint, e);
    }

    /** The remote refused or could not be reached; the message says which and what to do. */
    public static final class RemoteRefusal extends RuntimeException {
        RemoteRefusal(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
