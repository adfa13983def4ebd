package org.diplokg.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.validate.ValidationOutcome;
import org.diplokg.validate.Violation;

/** {@code validate FILE...}: any RDF files, merged, checked against the DiploKG shapes. */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String operands() {
        return "FILE...";
    }

    @Override
    public String summary() {
        return "Check RDF files (any syntax Jena reads) against the DiploKG SHACL shapes; exit 1 on violations.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                .desc("write the SHACL report here (default on violations: diplokg-report.ttl)").build());
        o.addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE")
                .desc("SHACL shapes (default: the bundled shapes/diplokg-shapes.ttl)").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (cl.getArgList().isEmpty()) throw new UsageException("give at least one RDF file");
        Graph g = GraphFactory.createDefaultGraph();
        org.diplokg.validate.ShaclGate gate = Inputs.gate(cl);
        for (String f : cl.getArgList()) {
            if (!java.nio.file.Files.isRegularFile(Path.of(f))) {
                console.err.println(f + ": no such file");
                return ExitCode.FAILURE;
            }
            if (org.apache.jena.riot.RDFLanguages.filenameToLang(f) == null) {
                console.err.println(f + ": unknown RDF syntax; name the file .ttl, .nt, .nq, .trig, .jsonld, .rdf or .owl");
                return ExitCode.FAILURE;
            }
            try {
                RDFParser.source(Path.of(f)).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).parse(g);
            } catch (RiotException e) {
                console.err.println(f + ": " + e.getMessage());
                return ExitCode.FAILURE;
            }
        }
        ValidationOutcome v = gate.validate(g);
        if (!v.conforms()) {
            return reportViolations(v, cl.getOptionValue("report", "diplokg-report.ttl"), console);
        }
        if (cl.hasOption("report")) Inputs.writeAtomically(Path.of(cl.getOptionValue("report")), v.report(), RDFFormat.TURTLE_PRETTY);
        console.out.println("conforms: " + g.size() + " triples in " + cl.getArgList().size() + " file(s)");
        return ExitCode.OK;
    }

    /**
     * For articles left out of a release or conversion because they fail the shapes: prints each
     * violation as a line, writes the full report, and names every article left out.
     */
    static void reportLeftOut(ValidationOutcome v, java.util.List<org.diplokg.pipeline.ArticleFailure> leftOut, String reportFile,
                              Console console) throws java.io.IOException {
        for (Violation x : v.violations()) console.err.println(x.line());
        Inputs.writeAtomically(Path.of(reportFile), v.report(), RDFFormat.TURTLE_PRETTY);
        for (org.diplokg.pipeline.ArticleFailure f : leftOut) console.err.println("error: " + f.message());
        console.err.println(leftOut.size() + " article(s) left out (see above); the others went ahead. SHACL report: " + reportFile);
    }

    /** Prints each violation as a line, writes the full report, and gives the failure exit code. */
    static int reportViolations(ValidationOutcome v, String reportFile, Console console) throws java.io.IOException {
        for (Violation x : v.violations()) console.err.println(x.line());
        Inputs.writeAtomically(Path.of(reportFile), v.report(), RDFFormat.TURTLE_PRETTY);
        console.err.println(v.violations().size() + " SHACL violation(s); nothing was published. Full report: " + reportFile);
        return ExitCode.FAILURE;
    }
}
