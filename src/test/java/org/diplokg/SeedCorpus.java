package org.diplokg;

import java.nio.file.Path;
import java.util.List;

import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;

/** The bundled seed corpus converted once per test JVM. */
public final class SeedCorpus {
    public static final Path ARTICLES = Path.of("data", "articles");
    public static final Path GOLD = Path.of("src", "test", "resources", "gold", "seeds");
    private static Gazetteer gazetteer;
    private static Batch batch;

    private SeedCorpus() {
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) gazetteer = GazetteerLoader.bundled();
        return gazetteer;
    }

    public static synchronized Batch batch() {
        if (batch == null) {
            try {
                List<Path> files = ArticleReader.expand(List.of(ARTICLES));
                batch = new Pipeline(gazetteer()).run(files, Progress.NONE);
            } catch (ArticleException e) {
                throw new IllegalStateException(e);
            }
        }
        return batch;
    }
}
