package org.diplokg.serve.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.QuerySolution;
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
}
