package org.diplokg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.validate.ShaclGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path tmp;

    @Test
    void publishingTwiceChangesNothingAndAChangedArticleReplacesOnlyItsGraph() throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            PublishOutcome first = Corpus.publisher().publish(corpus.files(), store, Progress.NONE);
            Release r1 = assertInstanceOf(PublishOutcome.Released.class, first).release();
            assertEquals(1, r1.number());
            assertEquals(5, r1.added().size());
            assertEquals(5, r1.articles());
            Map<Node, String> before = contents(store);
            assertEquals(8, before.keySet().stream().filter(g -> !GraphNames.isMeeting(g)).count(),
                    "5 articles, ontology, gazetteer, releases: " + before.keySet());
            // the seeds have no publication dates: no report can be placed in time, so each is a meeting of its own
            assertEquals(19, before.keySet().stream().filter(GraphNames::isMeeting).count(), before.keySet().toString());

            PublishOutcome again = Corpus.publisher().publish(corpus.files(), store, Progress.NONE);
            assertEquals(1, assertInstanceOf(PublishOutcome.Unchanged.class, again).release());
            assertEquals(List.of(), ((PublishOutcome.Unchanged) again).leftOut());
            assertEquals(before, contents(store), "an unchanged publish must not touch the store");

            String changed = corpus.touchFirst();
            Release r2 = assertInstanceOf(PublishOutcome.Released.class,
                    Corpus.publisher().publish(corpus.files(), store, Progress.NONE)).release();
            assertEquals(2, r2.number());
            assertEquals(List.of(changed), r2.changed());
            assertTrue(r2.added().isEmpty() && r2.removed().isEmpty());
            Map<Node, String> after = contents(store);
            Set<Node> differing = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            for (Node g : after.keySet()) if (!after.get(g).equals(before.get(g))) differing.add(g);
            assertEquals(Set.of(GraphNames.article(changed), GraphNames.RELEASES), differing);
            assertEquals(r2, ReleaseRecord.latest(store.graph(GraphNames.RELEASES)).orElseThrow());

            String removed = corpus.removeLast();
            Release r3 = assertInstanceOf(PublishOutcome.Released.class,
                    Corpus.publisher().publish(corpus.files(), store, Progress.NONE)).release();
            assertEquals(List.of(removed), r3.removed());
            assertEquals(4, r3.articles());
            assertFalse(contents(store).containsKey(GraphNames.article(removed)));
            store.compact();
            assertEquals(3, store.state().release(), "compaction keeps the data");
            assertEquals(7, contents(store).keySet().stream().filter(g -> !GraphNames.isMeeting(g)).count());
            assertTrue(contents(store).keySet().stream().filter(GraphNames::isMeeting).count() < 19, "the removed article's meetings went");
        }
    }

    @Test
    void aReleaseThatFailsValidationLeavesTheStoreAsItWas() throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            Corpus.publisher().publish(corpus.files(), store, Progress.NONE);
            Map<Node, String> before = contents(store);
            corpus.touchFirst();
            Graph strict = GraphFactory.createDefaultGraph();
            RDFParser.fromString("""
                    PREFIX sh: <http://www.w3.org/ns/shacl#>
                    PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                    [] a sh:NodeShape ; sh:targetClass dkg:Article ;
                       sh:property [ sh:path dkg:neverThere ; sh:minCount 1 ] .
                    """, Lang.TURTLE).parse(strict);
            Publisher picky = new Publisher(new Pipeline(GazetteerLoader.bundled()), new ShaclGate(Shapes.parse(strict)),
                    Sources.bundled(), java.time.Clock.systemUTC(), Terms.DEFAULT_LICENSE);
            PublishOutcome o = picky.publish(corpus.files(), store, Progress.NONE);
            PublishOutcome.Rejected rejected = assertInstanceOf(PublishOutcome.Rejected.class, o);
            assertEquals(5, rejected.validation().violations().size(), "one per article in the new state");
            assertEquals(before, contents(store));
            assertEquals(1, store.state().release());
        }
    }

    @Test
    void publishingOnTwoThreadsStoresWhatOneThreadStores() throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        Map<Integer, Map<Node, String>> stored = new HashMap<>();
        for (int threads : new int[] {1, 2}) {
            try (TdbStore store = TdbStore.open(tmp.resolve("db" + threads))) {
                Publisher p = new Publisher(new Pipeline(GazetteerLoader.bundled()).threads(threads), ShaclGate.bundled(),
                        Sources.bundled(), clock, Terms.DEFAULT_LICENSE);
                assertInstanceOf(PublishOutcome.Released.class, p.publish(corpus.files(), store, Progress.NONE));
                stored.put(threads, contents(store));
            }
        }
        assertEquals(stored.get(1), stored.get(2));
    }

    /** Each named graph's canonical checksum. */
    static Map<Node, String> contents(TdbStore store) {
        Map<Node, String> m = new HashMap<>();
        store.dataset().executeRead(() -> store.dataset().listGraphNodes().forEachRemaining(g -> m.put(g, null)));
        m.replaceAll((g, v) -> Canonical.sha256(store.graph(g)));
        return m;
    }
}
