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
 * requests are not one transaction: changed graphs go first and the release graph last, so an
 * interrupted publish leaves checksums that make the next publish send the same graphs again.
 */
public final class RemoteFuseki implements ReleaseTarget {
    private final String datasetUrl;
    private final Optional<String> authorization;

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

    @Override
    public Graph graph(Node name) {
        try {
            return gsp(name).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) return GraphFactory.createDefaultGraph();
            throw refused("read " + name.getURI(), e);
        }
    }

    @Override
    public void apply(ReleasePlan plan) {
        for (Node g : plan.remove()) delete(g);
        for (Map.Entry<Node, Graph> e : plan.put().entrySet()) put(e.getKey(), e.getValue());
        put(GraphNames.RELEASES, plan.releases());
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
