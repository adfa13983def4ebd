package org.diplokg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki Main server. The dataset is {@code /diplokg}: read-only SPARQL at
 * {@code /diplokg/sparql} (and {@code /diplokg/query}), the whole dataset as RDF from
 * {@code /diplokg/get} (Graph Store Protocol, read). Binds to localhost unless told otherwise.
 */
public final class DiploServer implements AutoCloseable {
    public static final String DATASET = "/diplokg";
    private final FusekiServer server;
    private final String host;

    private DiploServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the dataset and settings; extension points add servlets or endpoints before start. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private String host = "localhost";
        private final List<Consumer<FusekiServer.Builder>> extensions = new ArrayList<>();

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Adds to the Fuseki configuration (pages, dumps, extra endpoints). */
        public Builder extend(Consumer<FusekiServer.Builder> ext) {
            extensions.add(ext);
            return this;
        }

        public DiploServer start() {
            if (dataset == null) throw new IllegalStateException("no dataset to serve");
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .enablePing(true)
                    .add(DATASET, dataset, false);
            extensions.forEach(e -> e.accept(b));
            FusekiServer s = b.build();
            s.start();
            return new DiploServer(s, host);
        }

        private static boolean isLoopback(String h) {
            return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1");
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Base URL, e.g. {@code http://localhost:3030}. */
    public String baseUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    public FusekiServer fuseki() {
        return server;
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
