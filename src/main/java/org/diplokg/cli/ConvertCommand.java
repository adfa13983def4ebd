package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.pipeline.Batch;
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
        o.addOption(ValidatedConversion.strictOption());
        return Inputs.withPipelineOptions(o);
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        ValidatedConversion conversion = ValidatedConversion.run(cl, console);
        if (!conversion.conforms()) return conversion.refuse(cl, console);
        Graph g = conversion.graph;
        ValidationOutcome v = conversion.validation;
        Batch batch = conversion.batch;
        List<Path> files = conversion.files;
        if (cl.hasOption("report") && !conversion.leftSomeOut()) Inputs.writeAtomically(Path.of(cl.getOptionValue("report")), v.report(), RDFFormat.TURTLE_PRETTY);
        if (cl.hasOption("output")) {
            Inputs.writeAtomically(Path.of(cl.getOptionValue("output")), g, RDFFormat.TURTLE_PRETTY);
            console.info("wrote " + cl.getOptionValue("output") + " (" + g.size() + " triples, "
                    + conversion.meetings() + " meetings in " + conversion.reports() + " reports from "
                    + batch.results().size() + " articles)");
        } else {
            RDFDataMgr.write(console.out, g, RDFFormat.TURTLE_PRETTY);
        }
        int code = conversion.reportLeftOut(cl, console);
        if (!batch.failures().isEmpty()) {
            console.err.println(batch.failures().size() + " of " + files.size() + " articles could not be converted (see above)");
            return ExitCode.FAILURE;
        }
        return code;
    }

}
