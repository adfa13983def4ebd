package org.diplokg.serve.web;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.serve.DiploServer;

/** The bundled articles converted once, and a real server with the front over them. */
final class BundledCorpus {
    private static DatasetGraph dataset;
    private static DiploServer server;

    private BundledCorpus() {
    }

    static synchronized DatasetGraph dataset() throws Exception {
        if (dataset == null) {
            List<Path> files = ArticleReader.expand(List.of(Path.of("data", "articles")));
            Batch batch = new Pipeline(GazetteerLoader.bundled()).run(files, Progress.NONE);
            if (!batch.failures().isEmpty()) throw new IllegalStateException("corpus failed: " + batch.failures());
            Graph g = batch.union();
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            dsg.executeWrite(() -> g.find().forEachRemaining(t -> dsg.getDefaultGraph().add(t)));
            dataset = dsg;
        }
        return dataset;
    }

    /** One server for the whole test run; stopped when the JVM ends. */
    static synchronized DiploServer server() throws Exception {
        if (server == null) {
            DatasetGraph dsg = dataset();
            server = DiploServer.builder().dataset(dsg).port(0).extend(LinkedDataFront.over(dsg).routes()).start();
            DiploServer s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return server;
    }

    /** Runs the server until killed; for looking at pages by hand. */
    public static void main(String[] args) throws Exception {
        System.out.println(server().baseUrl());
        server().join();
    }
}
