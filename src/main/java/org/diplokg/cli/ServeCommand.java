package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.article.ArticleReader;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.serve.DiploServer;
import org.diplokg.serve.web.LinkedDataFront;
import org.diplokg.validate.ValidationOutcome;

/** {@code serve [INPUT...] [--port N]}: convert, validate, load in memory, and serve with Fuseki. */
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
        return Inputs.withPipelineOptions(o);
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
        List<Path> files = ArticleReader.expand(Inputs.articles(cl));
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        Batch batch = new Pipeline(Inputs.gazetteer(cl)).run(files, console.progress("converted"));
        for (ArticleFailure f : batch.failures()) console.err.println("error: " + f.message());
        Graph g = batch.union();
        ValidationOutcome v = Inputs.gate(cl).validate(g);
        if (!v.conforms()) {
            return ValidateCommand.reportViolations(v, cl.getOptionValue("report", "diplokg-report.ttl"), console);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            dsg.getDefaultGraph().getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
            g.find().forEachRemaining(t -> dsg.getDefaultGraph().add(t));
        });
        DiploServer server = DiploServer.builder().dataset(dsg).port(port)
                .host(cl.getOptionValue("host", "localhost")).extend(LinkedDataFront.over(dsg).routes()).start();
        console.out.println("DiploKG is serving " + g.size() + " triples from " + batch.results().size() + " articles");
        console.out.println("  SPARQL endpoint: " + server.sparqlUrl());
        console.out.println("  dataset (Turtle): " + server.baseUrl() + DiploServer.DATASET + "/get");
        console.out.println("Press Ctrl-C to stop.");
        console.out.flush();
        server.join();
        return ExitCode.OK;
    }
}
