package org.diplokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The README is the user's door: its example query and the output it shows must be what DiploKG really gives. */
class ReadmeTest {
    private static final String README = read();

    private static String read() {
        try {
            return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void firstQueryShowsItsRealOutput() {
        String section = README.substring(README.indexOf("## A first query"));
        Matcher q = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(q.find(), "README has the example query");
        Matcher out = Pattern.compile("Real output on the bundled corpus:\\s*```\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(out.find(), "README shows the query's output");
        Graph g = SeedCorpus.batch().union();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.create(q.group(1), ModelFactory.createModelForGraph(g))) {
            ResultSetFormatter.outputAsCSV(csv, qe.execSelect());
        }
        String actual = csv.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        assertEquals(out.group(1).strip(), actual);
    }

    @Test
    void serveOutputShowsTheRealTripleCount() {
        long triples = SeedCorpus.batch().union().size();
        assertTrue(README.contains("DiploKG is serving " + triples + " triples from 5 articles"),
                "README should say " + triples + " triples");
    }
}
