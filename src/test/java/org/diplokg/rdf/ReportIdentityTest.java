package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.SeedCorpus;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.rdf.vocab.DKG;
import org.junit.jupiter.api.Test;

/**
 * Every meeting an article reports is a resource of its own: two meetings of the same states and
 * status told from the same first words (ev_12: "our 7th Australia-China Foreign and Strategic
 * Dialogue and the 17th Joint Ministerial Economic Commission") must not share an IRI, or the
 * report would carry two dates and fail the shapes.
 */
class ReportIdentityTest {
    @Test
    void eachExtractedMeetingIsOneReportWithAtMostOneDate() throws Exception {
        Pipeline pipeline = new Pipeline(SeedCorpus.gazetteer());
        List<Path> articles;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus/events/articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 30, "events articles: " + articles.size());
        int reports = 0;
        for (Path f : articles) {
            ArticleResult r = pipeline.process(f);
            Graph g = r.graph();
            List<Node> nodes = g.find(Node.ANY, RDF.type.asNode(), DKG.MeetingReport).mapWith(Triple::getSubject).toList();
            assertEquals(r.meetings().size(), nodes.size(), f + ": one report per meeting");
            for (Node n : nodes) {
                assertTrue(g.find(n, DKG.date, Node.ANY).toList().size() <= 1, f + ": " + n + " has more than one date");
            }
            reports += nodes.size();
        }
        assertTrue(reports > 40, "reports: " + reports);
    }
}
