package org.diplokg.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.publish.TdbStore;
import org.diplokg.serve.DiploServer;
import org.diplokg.serve.web.LinkedDataFront;

/**
 * {@code serve [INPUT...] [--port N]}: convert, validate, load in memory, and serve with Fuseki;
 * or {@code serve --loc DIR}: serve a published TDB2 store as it is, with its dumps.
 */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String operands() {
        return "[INPUT...]";
    }

    @Override
    public String summary() {
        return "Convert and validate articles (default data/articles), then serve them with Fuseki on localhost.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("p").longOpt("port").hasArg().argName("N").desc("HTTP port (default 3030; 0 = any free port)").build());
        o.addOption(Option.builder().longOpt("host").hasArg().argName("HOST")
                .desc("interface to bind: localhost (default) or another address, e.g. 0.0.0.0").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                .desc("where to write the SHACL report on violations (default diplokg-report.ttl)").build());
        o.addOption(ValidatedConversion.strictOption());
        o.addOption(Option.builder().longOpt("loc").hasArg().argName("DIR")
                .desc("serve this published TDB2 store (see publish) instead of converting articles").build());
        o.addOption(Option.builder().longOpt("dumps").hasArg().argName("DIR")
                .desc("serve this dump folder under /dumps/ (default with --loc: " + PublishCommand.DEFAULT_DUMPS + ")").build());
        o.addOption(Option.builder().longOpt("public-url").hasArg().argName("URL")
                .desc("the URL clients reach this server at, for pages, VoID and links (default http://localhost:PORT;"
                        + " never taken from the Host header)").build());
        o.addOption(Option.builder().longOpt("max-queries").hasArg().argName("N[,Q]")
                .desc("queries run at once, and how many more may wait; beyond that HTTP 503 with Retry-After"
                        + " (default: the number of cores (at least 2), 16)").build());
        o.addOption(Option.builder().longOpt("max-rows").hasArg().argName("N")
                .desc("solutions one query may produce; past that it stops with HTTP 422 (default 100000)").build());
        o.addOption(Option.builder().longOpt("query-cache-mb").hasArg().argName("N")
                .desc("memory for answers to repeated queries, kept until the next write; 0 = off (default 64)").build());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("S[,S]")
                .desc("query timeout in seconds: to the first result, and overall (default 10,60)").build());
        o.addOption(Option.builder().longOpt("allow-service").desc("allow SPARQL SERVICE calls to other endpoints").build());
        o.addOption(Option.builder().longOpt("update")
                .desc("add /diplokg/update and /diplokg/data for writes, behind basic auth (needs --password-file)").build());
        o.addOption(Option.builder().longOpt("password-file").hasArg().argName("FILE")
                .desc("users allowed to write, one 'user: password' line each").build());
        return Inputs.withPipelineOptions(o);
    }

    /** The hardening options every serve shares. */
    private static DiploServer.Builder harden(CommandLine cl, DiploServer.Builder b) throws UsageException {
        if (cl.hasOption("update") != cl.hasOption("password-file")) {
            throw new UsageException("--update needs --password-file (and --password-file is only for --update)");
        }
        String[] t = cl.getOptionValue("timeout", "10,60").split(",");
        long first;
        long all;
        try {
            first = Math.round(Double.parseDouble(t[0]) * 1000);
            all = t.length > 1 ? Math.round(Double.parseDouble(t[1]) * 1000) : Math.max(first, 60_000);
        } catch (NumberFormatException e) {
            throw new UsageException("--timeout takes seconds, e.g. 10 or 10,60");
        }
        if (t.length > 2 || first <= 0 || all < first) throw new UsageException("--timeout: positive seconds, overall >= first");
        b.timeout(first, all).allowService(cl.hasOption("allow-service"));
        if (cl.hasOption("public-url")) {
            try {
                b.publicUrl(cl.getOptionValue("public-url"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-url: " + e.getMessage());
            }
        }
        if (cl.hasOption("max-queries")) {
            String[] q = cl.getOptionValue("max-queries").split(",");
            try {
                b.maxQueries(Integer.parseInt(q[0].strip()), q.length > 1 ? Integer.parseInt(q[1].strip()) : 16);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--max-queries takes N or N,QUEUE with N >= 1, e.g. 4,16");
            }
        }
        if (cl.hasOption("max-rows")) {
            try {
                b.maxRows(Long.parseLong(cl.getOptionValue("max-rows").strip()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--max-rows takes a number of solutions >= 1, e.g. 100000");
            }
        }
        if (cl.hasOption("query-cache-mb")) {
            try {
                b.queryCache(Math.multiplyExact(Long.parseLong(cl.getOptionValue("query-cache-mb").strip()), 1L << 20));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new UsageException("--query-cache-mb takes a number of megabytes >= 0 (0 = off), e.g. 64");
            }
        }
        if (cl.hasOption("update")) b.updates(Path.of(cl.getOptionValue("password-file")));
        if (cl.hasOption("dumps")) b.dumps(Path.of(cl.getOptionValue("dumps")));
        return b;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        int port;
        try {
            port = Integer.parseInt(cl.getOptionValue("port", "3030"));
        } catch (NumberFormatException e) {
            throw new UsageException("--port takes a number, not '" + cl.getOptionValue("port") + "'");
        }
        if (port < 0 || port > 65535) throw new UsageException("--port must be 0..65535");
        if (!DiploServer.acceptsHost(cl.getOptionValue("host", "localhost"))) {
            throw new UsageException("--host must be localhost (127.0.0.1, ::1) or 0.0.0.0 for every interface");
        }
        if (cl.hasOption("loc")) {
            if (!cl.getArgList().isEmpty()) throw new UsageException("--loc serves a store as it is; give no articles");
            TdbStore store = TdbStore.openExisting(Path.of(cl.getOptionValue("loc")));
            DiploServer.Builder b = harden(cl, DiploServer.builder().dataset(store.dataset()).port(port)
                    .host(cl.getOptionValue("host", "localhost"))).extend(front(cl, store.dataset(), Path.of(cl.getOptionValue("dumps", PublishCommand.DEFAULT_DUMPS.toString()))).routes());
            if (!cl.hasOption("dumps")) b.dumps(PublishCommand.DEFAULT_DUMPS);
            DiploServer server = b.start();
            int release = store.state().release();
            console.out.println("DiploKG is serving release " + release + " from " + store.location());
            console.out.println("  SPARQL endpoint: " + server.sparqlUrl());
            console.out.println("  all graphs (TriG/N-Quads): " + server.baseUrl() + DiploServer.DATASET + "/get");
            console.out.println("  union graph: " + server.baseUrl() + DiploServer.DATASET + "/get?graph=urn:x-arq:UnionGraph");
            console.out.println("  pages: " + server.baseUrl() + "/");
            console.out.println("  dumps: " + server.baseUrl() + "/dumps/latest.ttl, latest.nt.gz, latest.trig, void.ttl, SHA256SUMS");
            return waitForStop(server, console);
        }
        ValidatedConversion conversion = ValidatedConversion.run(cl, console);
        if (!conversion.conforms()) return conversion.refuse(cl, console);
        Graph g = conversion.graph;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            dsg.getDefaultGraph().getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
            g.find().forEachRemaining(t -> dsg.getDefaultGraph().add(t));
        });
        DiploServer server = harden(cl, DiploServer.builder().dataset(dsg).port(port)
                .host(cl.getOptionValue("host", "localhost"))).extend(front(cl, dsg, cl.hasOption("dumps") ? Path.of(cl.getOptionValue("dumps")) : null).routes()).start();
        console.out.println("DiploKG is serving " + g.size() + " triples from " + conversion.batch.results().size() + " articles");
        console.out.println("  SPARQL endpoint: " + server.sparqlUrl());
        console.out.println("  dataset (Turtle): " + server.baseUrl() + DiploServer.DATASET + "/get");
        console.out.println("  pages: " + server.baseUrl() + "/");
        int code = conversion.reportLeftOut(cl, console);
        int stopped = waitForStop(server, console);
        return code != ExitCode.OK || !conversion.batch.failures().isEmpty() ? ExitCode.FAILURE : stopped;
    }

    private static LinkedDataFront front(CommandLine cl, org.apache.jena.sparql.core.DatasetGraph dsg, Path dumps) {
        LinkedDataFront f = LinkedDataFront.over(dsg);
        if (cl.hasOption("public-url")) f.publicUrl(cl.getOptionValue("public-url"));
        if (dumps != null) f.dumps(dumps);
        return f;
    }

    private static int waitForStop(DiploServer server, Console console) {
        console.out.println("Press Ctrl-C to stop.");
        console.out.flush();
        server.join();
        return ExitCode.OK;
    }
}
