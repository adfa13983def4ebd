package org.diplokg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.junit.jupiter.api.Test;

/** Every example on the query page returns rows on the bundled corpus (except the Wikidata one). */
class ExampleQueriesTest {
    @Test
    void atLeastEightOfflineExamplesEachReturnRows() throws Exception {
        List<ExampleQueries.Example> offline = ExampleQueries.all().stream().filter(e -> !e.needsNetwork()).toList();
        assertTrue(offline.size() >= 8, "only " + offline.size() + " offline examples");
        for (ExampleQueries.Example e : offline) {
            List<QuerySolution> rows = Select.rows(BundledCorpus.dataset(), Select.parse(e.sparql()));
            assertFalse(rows.isEmpty(), "no rows for example '" + e.title() + "'");
        }
    }

    @Test
    void theFederatedExampleIsMarkedAndParses() {
        List<ExampleQueries.Example> network = ExampleQueries.all().stream().filter(ExampleQueries.Example::needsNetwork).toList();
        assertFalse(network.isEmpty());
        network.forEach(e -> assertTrue(Select.parse(e.sparql()).toString().contains("SERVICE"), e.title()));
    }

    /** The events test set: articles with publication dates, several reporting one meeting. */
    static DatasetGraph eventsDataset() throws Exception {
        List<java.nio.file.Path> files = org.diplokg.article.ArticleReader.expand(
                List.of(java.nio.file.Path.of("src/test/resources/cases/events/articles")));
        Batch b = new Pipeline(org.diplokg.SeedCorpus.gazetteer()).run(files, Progress.NONE);
        return DatasetGraphFactory.wrap(b.union());
    }

    static Query example(String titleStart) {
        return Select.parse(ExampleQueries.all().stream().filter(e -> e.title().startsWith(titleStart)).findFirst().orElseThrow().sparql());
    }

    @Test
    void distinctMeetingsAreCountedOnceAndHistoriesListTheirReports() throws Exception {
        DatasetGraph dsg = eventsDataset();
        QuerySolution counts = Select.rows(dsg, example("Meetings and reports")).get(0);
        assertEquals(6, counts.getLiteral("meetings").getInt());
        assertEquals(11, counts.getLiteral("reports").getInt());
        assertEquals(11, counts.getLiteral("articles").getInt());

        QuerySolution most = Select.rows(dsg, example("Meetings reported by the most articles")).get(0);
        assertEquals(3, most.getLiteral("articles").getInt());

        List<String> seoul = Select.rows(dsg, example("Status history")).stream()
                .filter(r -> List.of("ev_04", "ev_05", "ev_06").contains(r.getLiteral("article").getString()))
                .map(r -> r.getLiteral("reported").getString() + " " + r.getLiteral("status").getString() + " -> "
                        + r.getLiteral("current").getString())
                .toList();
        assertEquals(List.of("2024-03-01 Scheduled -> Held", "2024-03-05 Cancelled -> Held", "2024-04-10 Held -> Held"), seoul);
    }
}
