package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.jena.graph.Graph;
import org.diplokg.article.ArticleReader;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.validate.ValidationOutcome;

/**
 * The articles of a command line converted and validated together: the first half of
 * {@code convert} and {@code serve}. Unreadable articles are reported and skipped.
 */
final class ValidatedConversion {
    final List<Path> files;
    final Batch batch;
    final Graph graph;
    final ValidationOutcome validation;

    private ValidatedConversion(List<Path> files, Batch batch, Graph graph, ValidationOutcome validation) {
        this.files = files;
        this.batch = batch;
        this.graph = graph;
        this.validation = validation;
    }

    static ValidatedConversion run(CommandLine cl, Console console) throws Exception {
        List<Path> files = ArticleReader.expand(Inputs.articles(cl));
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        org.diplokg.validate.ShaclGate gate = Inputs.gate(cl);
        Batch batch = new Pipeline(Inputs.gazetteer(cl)).run(files, console.progress("converted"));
        for (ArticleFailure f : batch.failures()) console.err.println("error: " + f.message());
        Graph g = batch.union();
        return new ValidatedConversion(files, batch, g, gate.validate(g));
    }

    boolean conforms() {
        return validation.conforms();
    }

    /** Prints the violations, writes the report (--report, default diplokg-report.ttl) and gives exit code 1. */
    int refuse(CommandLine cl, Console console) throws java.io.IOException {
        return ValidateCommand.reportViolations(validation, cl.getOptionValue("report", "diplokg-report.ttl"), console);
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
