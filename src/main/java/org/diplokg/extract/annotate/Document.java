package org.diplokg.extract.annotate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.diplokg.article.Article;

/**
 * One article under annotation: the article itself and the layers annotators have added to it.
 * A layer is written once; later annotators read it, so what a layer holds never changes under
 * the feet of the one that reads it.
 */
public final class Document {
    private final Article article;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    public Document(Article article) {
        this.article = Objects.requireNonNull(article);
    }

    public Article article() {
        return article;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layer's value; asking for a layer no annotator added is a bug of the pipeline's order. */
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) throw new IllegalStateException("layer '" + layer + "' is not annotated on " + article.id());
        return layer.cast(v);
    }

    public <T> void put(Layer<T> layer, T value) {
        Objects.requireNonNull(value, layer.name());
        if (layers.putIfAbsent(layer, value) != null) {
            throw new IllegalStateException("layer '" + layer + "' is annotated twice on " + article.id());
        }
    }
}
