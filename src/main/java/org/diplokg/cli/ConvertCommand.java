package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.article.ArticleReader;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;


/** {@code convert [INPUT...] [-o FILE]}: articles to validated Turtle. Nothing is written if validation fails. */
final class ConvertCommand implements Command {
    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String operands() {
        return "[INPUT...]";
    }

    @Override
    public String summary() {
        return "Convert articles (files or folders of *.txt; default data/articles) to Turtle, validated by SHACL.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("write Turtle here (default: stdout)").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                .desc("write the SHACL report here (default on violations: diplokg-report.ttl)").build());
        return Inputs.withPipelineOptions(o);
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        List<Path> files = ArticleReader.expand(Inputs.articles(cl));
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        Pipeline pipeline = new Pipeline(Inputs.gazetteer(cl));
        Batch batch = pipeline.run(files, console.progress("converted"));
        for (ArticleFailure f : batch.failures()) console.err.println("error: " + f.message());
        Graph g = batch.union();
        ShaclGate gate = Inputs.gate(cl);
        ValidationOutcome v = gate.validate(g);
        if (!v.conforms()) {
            return ValidateCommand.reportViolations(v, cl.getOptionValue("report", "diplokg-report.ttl"), console);
        }
        if (cl.hasOption("report")) Inputs.writeAtomically(Path.of(cl.getOptionValue("report")), v.report(), RDFFormat.TURTLE_PRETTY);
        if (cl.hasOption("output")) {
            Inputs.writeAtomically(Path.of(cl.getOptionValue("output")), g, RDFFormat.TURTLE_PRETTY);
            console.info("wrote " + cl.getOptionValue("output") + " (" + g.size() + " triples, "
                    + batch.results().stream().mapToInt(r -> r.meetings().size()).sum() + " meetings from "
                    + batch.results().size() + " articles)");
        } else {
            RDFDataMgr.write(console.out, g, RDFFormat.TURTLE_PRETTY);
        }
        if (!batch.failures().isEmpty()) {
            console.err.println(batch.failures().size() + " of " + files.size() + " articles could not be converted (see above)");
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

}
