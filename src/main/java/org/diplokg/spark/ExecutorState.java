package org.diplokg.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.publish.ArticleQuads;
import org.diplokg.publish.Sources;
import org.diplokg.validate.ShaclGate;

/**
 * What an executor JVM loads once and keeps: the gazetteer, the sources (ontology and gazetteer
 * graphs) and a pool of converters (pipeline and shapes), one per task running at a time, since a
 * pipeline is not shared between threads. Nothing of it is serialised: tasks carry only
 * {@link BackfillSettings}, and the first task of a JVM loads the rest.
 */
final class ExecutorState {
    private record Loaded(Gazetteer gazetteer, Sources sources, Graph labels) {
    }

    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, ConcurrentLinkedQueue<ArticleQuads>> POOLS = new ConcurrentHashMap<>();

    private ExecutorState() {
    }

    private static Loaded loaded(BackfillSettings s) {
        return LOADED.computeIfAbsent(s.conversionKey(), k -> {
            Gazetteer g = s.gazetteer() == null ? GazetteerLoader.bundled() : GazetteerLoader.fromFolder(Path.of(s.gazetteer()));
            Sources src = s.gazetteer() == null ? Sources.bundled() : Sources.withGazetteer(Path.of(s.gazetteer()));
            Graph labels = GraphFactory.createDefaultGraph();
            src.ontology().find().forEachRemaining(labels::add);
            src.gazetteer().find().forEachRemaining(labels::add);
            return new Loaded(g, src, labels);
        });
    }

    static ShaclGate gate(BackfillSettings s) {
        return s.shapes() == null ? ShaclGate.bundled() : ShaclGate.fromFile(Path.of(s.shapes()));
    }

    /** A converter for this task: taken from the pool, or made (the first time on each thread of the JVM). */
    static ArticleQuads borrow(BackfillSettings s) {
        ArticleQuads q = POOLS.computeIfAbsent(s.conversionKey(), k -> new ConcurrentLinkedQueue<>()).poll();
        if (q != null) return q;
        Loaded l = loaded(s);
        return new ArticleQuads(new Pipeline(l.gazetteer(), s.budget()), gate(s), l.sources());
    }

    /** Gives a converter back for the next task. */
    static void giveBack(BackfillSettings s, ArticleQuads q) {
        POOLS.computeIfAbsent(s.conversionKey(), k -> new ConcurrentLinkedQueue<>()).add(q);
    }

    /** The ontology and gazetteer graphs, where the resolve stage reads labels beside the articles'. */
    static Graph labels(BackfillSettings s) {
        return loaded(s).labels();
    }
}
