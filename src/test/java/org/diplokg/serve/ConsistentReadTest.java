package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.diplokg.pipeline.Progress;
import org.diplokg.publish.Corpus;
import org.diplokg.publish.GraphNames;
import org.diplokg.publish.PublishOutcome;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries running while releases are published see one release each, never a mix. */
class ConsistentReadTest {
    @Test
    void aQueryDuringAPublishSeesOneRelease(@TempDir Path tmp) throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        List<Path> all = corpus.files();
        List<Path> fewer = all.subList(0, all.size() - 2);
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?version ?documents (COUNT(DISTINCT ?g) AS ?graphs) WHERE {
                  GRAPH ?releases { ?dataset ?versionP ?version . ?r ?versionP ?version ; ?docsP ?documents .
                                    FILTER(?r != ?dataset) }
                  GRAPH ?g { ?a a ?article }
                } GROUP BY ?version ?documents""");
        q.setIri("releases", GraphNames.RELEASES.getURI());
        q.setIri("dataset", Terms.DATASET.getURI());
        q.setIri("versionP", Terms.DCAT_VERSION.getURI());
        q.setIri("docsP", Terms.VOID_DOCUMENTS.getURI());
        q.setIri("article", "https://w3id.org/diplokg/ontology#Article");
        String query = q.toString();
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            assertInstanceOf(PublishOutcome.Released.class, Corpus.publisher().publish(all, store, Progress.NONE));
            try (DiploServer server = DiploServer.builder().dataset(store.dataset()).port(0).start()) {
                AtomicBoolean publishing = new AtomicBoolean(true);
                ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
                Thread reader = new Thread(() -> {
                    while (publishing.get()) {
                        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
                            ResultSet rs = qe.execSelect();
                            int rows = 0;
                            while (rs.hasNext()) {
                                QuerySolution s = rs.next();
                                rows++;
                                long docs = s.getLiteral("documents").getLong();
                                long graphs = s.getLiteral("graphs").getLong();
                                String v = s.getLiteral("version").getString();
                                seen.add(v);
                                if (docs != graphs) mixed.add("release " + v + " records " + docs + " articles but " + graphs + " are visible");
                            }
                            if (rows != 1) mixed.add(rows + " rows: two release records visible at once");
                        }
                    }
                });
                reader.start();
                for (int i = 0; i < 4; i++) {
                    PublishOutcome o = Corpus.publisher().publish(i % 2 == 0 ? fewer : all, store, Progress.NONE);
                    assertInstanceOf(PublishOutcome.Released.class, o);
                }
                publishing.set(false);
                reader.join(60_000);
                assertTrue(mixed.isEmpty(), mixed.toString());
                Set<String> versions = new TreeSet<>(seen);
                assertTrue(versions.size() >= 2, "the reader saw releases " + versions);
                assertEquals(5, store.state().release());
                assertTrue(Files.isDirectory(store.location()));
                List<String> in = new ArrayList<>(versions);
                assertTrue(in.stream().allMatch(v -> Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 5), in.toString());
            }
        }
    }
}
