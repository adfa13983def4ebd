package org.diplokg.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.extract.gazetteer.GazetteerCompiler;

/** {@code gazetteer build}: the checked Wikidata tables to {@code data/gazetteer/gazetteer.ttl}. */
final class GazetteerBuildCommand implements Command {
    @Override
    public String name() {
        return "gazetteer build";
    }

    @Override
    public String operands() {
        return "";
    }

    @Override
    public String summary() {
        return "Build the RDF gazetteer from the checked tables countries.tsv and entities.tsv.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("from").hasArg().argName("DIR").desc("folder with the tables (default data/wikidata)").build());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                .desc("where to write (default data/gazetteer/gazetteer.ttl)").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        Path from = Path.of(cl.getOptionValue("from", "data/wikidata"));
        Path out = Path.of(cl.getOptionValue("output", "data/gazetteer/gazetteer.ttl"));
        Model m = new GazetteerCompiler().compile(from);
        Inputs.writeAtomically(out, m.getGraph(), RDFFormat.TURTLE_PRETTY);
        console.info("wrote " + out + " (" + m.size() + " triples)");
        return ExitCode.OK;
    }
}
