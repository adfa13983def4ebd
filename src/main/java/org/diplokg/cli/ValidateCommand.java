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

/**
 * {@code validate FILE...}: any RDF files, merged, checked against the DiploKG shapes; or
 * {@code validate --loc DIR [--full]}: a published store. {@code publish} validates only what each
 * release changes when the release before conforms to the same shapes, so the store's record already
 * says whether its latest release conforms; {@code --full} checks every graph of it again.
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String operands() {
        return "FILE... | --loc DIR [--full]";
    }

    @Override
    public String summary() {
        return "Check RDF files (any syntax Jena reads), or a published store (--loc, --full), against the DiploKG SHACL shapes; "
                + "exit 1 on violations.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
                .desc("write the SHACL report here (default on violations: diplokg-report.ttl)").build());
        o.addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE")
                .desc("SHACL shapes (default: the bundled shapes/diplokg-shapes.ttl)").build());
        o.addOption(Inputs.locOption("a published TDB2 store to check instead of files"));
        o.addOption(Option.builder().longOpt("full").desc("with --loc: validate every graph of the store's latest release, even when "
                + "its record says it conforms to these shapes (publish validates each release scoped to its change); files are "
                + "always validated whole").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (cl.hasOption("loc")) {
            if (!cl.getArgList().isEmpty()) throw new UsageException("give RDF files or --loc, not both");
            return store(cl, console);
        }
        if (cl.getArgList().isEmpty()) throw new UsageException("give at least one RDF file, or --loc DIR for a published store");
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

    /** {@code --loc DIR [--full]}: what the record says of the latest release, or (with {@code --full}, or no such record) every graph of it checked. */
    private static int store(CommandLine cl, Console console) throws Exception {
        org.diplokg.validate.ShaclGate gate = Inputs.gate(cl);
        try (org.diplokg.publish.TdbStore store = Inputs.existingStore(cl)) {
            org.diplokg.publish.StoreState state = store.state();
            if (state.release() == 0) {
                console.err.println(store.location() + ": holds no release to validate (run publish first)");
                return ExitCode.FAILURE;
            }
            if (!cl.hasOption("full") && state.conformsTo().filter(gate.fingerprint()::equals).isPresent()) {
                console.out.println("conforms: release " + state.release() + " of " + store.location() + " was validated against these "
                        + "shapes when it was published (validate --full checks every graph again)");
                return ExitCode.OK;
            }
            Graph union = GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(org.diplokg.rdf.vocab.Namespaces.prefixes());
            store.copyInto(state.checksums().keySet(), union);
            ValidationOutcome v = gate.validate(union);
            String report = cl.getOptionValue("report", "diplokg-report.ttl");
            if (!v.conforms()) {
                printAndWrite(v, report, console);
                console.err.println(v.violations().size() + " SHACL violation(s) in release " + state.release() + " of " + store.location()
                        + ". Full report: " + report);
                return ExitCode.FAILURE;
            }
            if (cl.hasOption("report")) Inputs.writeAtomically(Path.of(report), v.report(), RDFFormat.TURTLE_PRETTY);
            console.out.println("conforms: release " + state.release() + " of " + store.location() + ", " + union.size() + " triples in "
                    + state.checksums().size() + " graphs validated in full");
            return ExitCode.OK;
        }
    }

    /**
     * For articles left out of a release or conversion because they fail the shapes: prints each
     * violation as a line, writes the full report, and names every article left out.
     */
    static void reportLeftOut(ValidationOutcome v, java.util.List<org.diplokg.pipeline.ArticleFailure> leftOut, String reportFile,
                              Console console) throws java.io.IOException {
        printAndWrite(v, reportFile, console);
        for (org.diplokg.pipeline.ArticleFailure f : leftOut) console.err.println("error: " + f.message());
        console.err.println(leftOut.size() + " article(s) left out (see above); the others went ahead. SHACL report: " + reportFile);
    }

    /** Prints each violation as a line, writes the full report, and gives the failure exit code. */
    static int reportViolations(ValidationOutcome v, String reportFile, Console console) throws java.io.IOException {
        printAndWrite(v, reportFile, console);
        console.err.println(v.violations().size() + " SHACL violation(s); nothing was published. Full report: " + reportFile);
        return ExitCode.FAILURE;
    }

    /** Each violation as a line on stderr, and the full report written. */
    static void printAndWrite(ValidationOutcome v, String reportFile, Console console) throws java.io.IOException {
        for (Violation x : v.violations()) console.err.println(x.line());
        Inputs.writeAtomically(Path.of(reportFile), v.report(), RDFFormat.TURTLE_PRETTY);
    }
}
