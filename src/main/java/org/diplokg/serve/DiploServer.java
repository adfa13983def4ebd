package org.diplokg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki Main server, hardened by default. The dataset is {@code /diplokg}:
 * read-only SPARQL at {@code /diplokg/sparql} (and {@code /diplokg/query}; a plain GET gives the
 * service description), the data as RDF from {@code /diplokg/get} (Graph Store Protocol, read).
 * Queries time out (10 s to the first result, 60 s in all), {@code SERVICE} is off, CORS is on,
 * and it binds to localhost unless told otherwise. Writes ({@code /diplokg/update},
 * {@code /diplokg/data}) exist only when asked for with a password file, behind basic auth, and
 * even then {@code LOAD} reads http(s) only. Dumps are under {@code /dumps/} when a folder is given.
 * Answers to repeated read queries are kept until the next write ({@link QueryResultCache}).
 */
public final class DiploServer implements AutoCloseable {
    public static final String DATASET = "/diplokg";
    private final FusekiServer server;
    private final String host;
    private final QueryGate gate;

    private DiploServer(FusekiServer server, String host, QueryGate gate) {
        this.server = server;
        this.host = host;
        this.gate = gate;
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
        private long firstResultMillis = 10_000;
        private long overallMillis = 60_000;
        private boolean allowService;
        private Path passwordFile;
        private Path dumps;
        private int maxQueries = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int queuedQueries = 16;
        private int longQueries = -1;
        private long longAfterMillis = 1_000;
        private long maxRows = 100_000;
        private long queryCacheBytes = QueryResultCache.DEFAULT_BUDGET_BYTES;
        private java.util.Optional<String> publicUrl = java.util.Optional.empty();

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Where to listen: a loopback name or address (the default, localhost only) or a wildcard
         * ({@code 0.0.0.0}, {@code ::}) for every interface. Fuseki Main binds either loopback or all
         * interfaces, so a single other address is refused rather than silently widened.
         */
        public Builder host(String host) {
            if (!acceptsHost(host)) {
                throw new IllegalArgumentException("--host must be localhost (or 127.0.0.1, ::1) or 0.0.0.0 for every interface, not '"
                        + host + "'");
            }
            this.host = host;
            return this;
        }

        /** Query timeouts: until the first result, and for the whole query. */
        public Builder timeout(long firstResultMillis, long overallMillis) {
            if (firstResultMillis <= 0 || overallMillis < firstResultMillis) {
                throw new IllegalArgumentException("timeouts must be positive and the overall one at least the first");
            }
            this.firstResultMillis = firstResultMillis;
            this.overallMillis = overallMillis;
            return this;
        }

        /** Lets queries call other endpoints with {@code SERVICE}; off by default. */
        public Builder allowService(boolean allow) {
            this.allowService = allow;
            return this;
        }

        /**
         * Adds the write endpoints {@code /diplokg/update} and {@code /diplokg/data}, open to the
         * users of a Jetty-style password file ({@code user: password} lines) with basic auth.
         */
        public Builder updates(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /**
         * At most {@code running} queries at once and {@code queued} waiting; more get HTTP 503 with
         * {@code Retry-After}. Default: as many as there are cores (at least 2), and 16 waiting.
         */
        public Builder maxQueries(int running, int queued) {
            if (running < 1 || queued < 0) throw new IllegalArgumentException("at least one query at a time, and a queue of 0 or more");
            this.maxQueries = running;
            this.queuedQueries = queued;
            return this;
        }

        /**
         * A query still running after {@code afterMillis} gives its slot up for one of {@code slots}
         * long-query slots; when those are taken it is cancelled (HTTP 503 with {@code Retry-After}).
         * Default: half as many long slots as query slots (at least one), after one second.
         */
        public Builder longQueries(int slots, long afterMillis) {
            if (slots < 1 || afterMillis < 1) throw new IllegalArgumentException("at least one long query, after a positive time");
            this.longQueries = slots;
            this.longAfterMillis = afterMillis;
            return this;
        }

        /** At most this many solutions per query (default 100,000); past it the query stops with HTTP 422. */
        public Builder maxRows(long rows) {
            if (rows < 1) throw new IllegalArgumentException("at least one solution per query");
            this.maxRows = rows;
            return this;
        }

        /**
         * Keeps answers to repeated read queries in at most this many bytes until the next write
         * (see {@link QueryResultCache}); 0 turns it off. Default 64 MB.
         */
        public Builder queryCache(long bytes) {
            if (bytes < 0) throw new IllegalArgumentException("the query cache takes 0 (off) or more bytes");
            this.queryCacheBytes = bytes;
            return this;
        }

        /** The URL the server is reached at, for descriptions and links (default http://localhost:PORT). */
        public Builder publicUrl(String url) {
            this.publicUrl = java.util.Optional.of(ServerUrl.check(url));
            return this;
        }

        /** Serves the dump folder under {@code /dumps/}. */
        public Builder dumps(Path dir) {
            this.dumps = dir;
            return this;
        }

        /** Adds to the Fuseki configuration (pages, dumps, extra endpoints). */
        public Builder extend(Consumer<FusekiServer.Builder> ext) {
            extensions.add(ext);
            return this;
        }

        public DiploServer start() {
            if (dataset == null) throw new IllegalStateException("no dataset to serve");
            Context cxt = dataset.getContext();
            cxt.set(ARQ.queryTimeout, firstResultMillis + "," + overallMillis);
            cxt.set(ARQ.httpServiceAllowed, allowService);
            BoundedRegex.install(cxt);
            QueryGate gate = new QueryGate(maxQueries, queuedQueries, firstResultMillis, longQueries > 0 ? longQueries : Math.max(1, maxQueries / 2),
                    longAfterMillis);
            BoundedEngine.install(cxt, gate, maxRows);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .enablePing(true)
                    .add(DATASET, dataset, false);
            if (queryCacheBytes > 0) {
                // before the gate: a kept answer takes no query slot
                QueryResultCache cache = new QueryResultCache(dataset, queryCacheBytes, firstResultMillis + overallMillis);
                b.addFilter(DATASET + "/sparql", cache).addFilter(DATASET + "/query", cache);
            }
            b.addFilter(DATASET + "/sparql", gate)
                    .addFilter(DATASET + "/query", gate)
                    .addFilter(DATASET + "/get", gate)
                    .addFilter(DATASET + "/sparql", new XmlSafe())
                    .addFilter(DATASET + "/query", new XmlSafe())
                    .addFilter(DATASET + "/sparql", new ReadCors())
                    .addFilter(DATASET + "/query", new ReadCors())
                    .addFilter(DATASET + "/get", new ReadCors())
                    .addFilter("/dumps/*", new ReadCors())
                    .addFilter(DATASET + "/sparql", new ServiceDescription(passwordFile != null, publicUrl))
                    .addFilter(DATASET + "/query", new ServiceDescription(passwordFile != null, publicUrl));
            if (passwordFile != null) {
                if (!Files.isReadable(passwordFile)) throw new IllegalArgumentException(passwordFile + ": cannot read the password file");
                b.passwordFile(passwordFile.toString())
                        .auth(AuthScheme.BASIC)
                        .serverAuthPolicy(Auth.ANY_ANON)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                        .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER)
                        .addFilter(DATASET + "/update", new LoadGuard())
                        .addFilter(DATASET + "/data", new UploadGuard())
                        .addFilter(DATASET + "/update", new WriteCount(dataset))
                        .addFilter(DATASET + "/data", new WriteCount(dataset));
            }
            if (dumps != null) b.addServlet("/dumps/*", new DumpServlet(dumps));
            extensions.forEach(e -> e.accept(b));
            FusekiServer s = b.build();
            // a connection is not dropped as idle while its query may still run (Jetty's default is 30 s,
            // shorter than the query timeout: the client got no reply at all instead of a result or a 503)
            for (org.eclipse.jetty.server.Connector c : s.getJettyServer().getConnectors()) {
                if (c instanceof org.eclipse.jetty.server.AbstractConnector ac) {
                    ac.setIdleTimeout(Math.max(ac.getIdleTimeout(), overallMillis + firstResultMillis + 10_000));
                }
            }
            if (passwordFile != null) {
                org.eclipse.jetty.server.Server jetty = s.getJettyServer();
                jetty.setHandler(new AuthGuard(jetty.getHandler()));
            }
            try {
                s.start();
            } catch (RuntimeException e) {
                gate.close();
                throw e;
            }
            return new DiploServer(s, host, gate);
        }

        private static boolean isLoopback(String h) {
            return LOOPBACK.contains(h);
        }
    }

    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("localhost", "127.0.0.1", "::1");

    /** Whether {@link Builder#host} takes this host: loopback, or a wildcard for every interface. */
    public static boolean acceptsHost(String h) {
        return LOOPBACK.contains(h) || h.equals("0.0.0.0") || h.equals("::") || h.equals("*");
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
        // the password file's user store reloads it with a scanner thread that stopping the server leaves running:
        // stop the stores too, so no thread outlives the server
        java.util.List<org.eclipse.jetty.util.component.LifeCycle> stores = new java.util.ArrayList<>();
        for (org.eclipse.jetty.security.UserStore us
                : server.getJettyServer().getContainedBeans(org.eclipse.jetty.security.UserStore.class)) {
            stores.add(us);
        }
        server.stop();
        gate.close();
        for (org.eclipse.jetty.util.component.LifeCycle store : stores) {
            try {
                store.stop();
            } catch (Exception e) {
                // best effort; the server itself is stopped
            }
        }
    }
}
