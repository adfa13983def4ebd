package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.jena.graph.Graph;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.ValidatedBatch;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;

/**
 * The articles of a command line converted and validated together: the first half of
 * {@code convert} and {@code serve}. Unreadable articles are reported and skipped; so are
 * articles that fail the shapes, unless {@code --strict} asks for all or nothing.
 */
final class ValidatedConversion {
    final List<Path> files;
    /** The articles that went ahead; those left out are among its failures. */
    final Batch batch;
    final Graph graph;
    final ValidationOutcome validation;
    /** Violations of the articles left out (conforms and empty when none were). */
    final ValidationOutcome leftOut;
    private final List<ArticleFailure> leftOutArticles;

    private ValidatedConversion(List<Path> files, Batch batch, Graph graph, ValidationOutcome validation,
                                ValidationOutcome leftOut, List<ArticleFailure> leftOutArticles) {
        this.files = files;
        this.batch = batch;
        this.graph = graph;
        this.validation = validation;
        this.leftOut = leftOut;
        this.leftOutArticles = leftOutArticles;
    }

    static Option strictOption() {
        return Option.builder().longOpt("strict")
                .desc("all or nothing: if any article fails the shapes, write nothing (default: leave it out, go on, exit 1)").build();
    }

    static ValidatedConversion run(CommandLine cl, Console console) throws Exception {
        List<Path> files = Inputs.articleFiles(cl, console);
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        ShaclGate gate = Inputs.gate(cl);
        ValidatedBatch v = ValidatedBatch.run(Inputs.pipeline(cl), gate, files, cl.hasOption("strict"), console.progress("converted"));
        for (ArticleFailure f : v.converted()) console.err.println("error: " + f.message());
        return new ValidatedConversion(files, v.batch(), v.graph(), v.validation(), v.leftOut(), v.leftOutArticles());
    }

    boolean conforms() {
        return validation.conforms();
    }

    /** Prints the violations, writes the report (--report, default diplokg-report.ttl) and gives exit code 1. */
    int refuse(CommandLine cl, Console console) throws java.io.IOException {
        return ValidateCommand.reportViolations(validation, cl.getOptionValue("report", "diplokg-report.ttl"), console);
    }

    /** Whether some articles were left out because they fail the shapes. */
    boolean leftSomeOut() {
        return !leftOutArticles.isEmpty();
    }

    /** Names the articles left out and their violations, and writes the report; exit code 1 if any, else 0. */
    int reportLeftOut(CommandLine cl, Console console) throws java.io.IOException {
        if (!leftSomeOut()) return ExitCode.OK;
        ValidateCommand.reportLeftOut(leftOut, leftOutArticles, cl.getOptionValue("report", "diplokg-report.ttl"), console);
        return ExitCode.FAILURE;
    }

    /** Meetings across articles, after the reports are resolved. */
    long meetings() {
        return graph.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.diplokg.rdf.vocab.DKG.DiplomaticMeeting).toList().size();
    }

    /** Reports: one per meeting an article reports. */
    int reports() {
        return batch.results().stream().mapToInt(r -> r.meetings().size()).sum();
    }
}
