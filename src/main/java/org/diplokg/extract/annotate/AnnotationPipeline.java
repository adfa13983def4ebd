package org.diplokg.extract.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplokg.article.Article;

/**
 * Annotators in order. The order is checked when the pipeline is built: an annotator that needs
 * a layer no earlier one adds is refused with both names, before any article is read.
 */
public final class AnnotationPipeline {
    private final List<Annotator> annotators;

    public AnnotationPipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
        Set<Layer<?>> have = new HashSet<>();
        for (Annotator a : this.annotators) {
            for (Layer<?> need : a.requires()) {
                if (!have.contains(need)) {
                    throw new IllegalArgumentException("annotator '" + a.name() + "' needs layer '" + need
                            + "', which no annotator before it adds");
                }
            }
            for (Layer<?> add : a.satisfies()) {
                if (!have.add(add)) {
                    throw new IllegalArgumentException("annotator '" + a.name() + "' adds layer '" + add + "' a second time");
                }
            }
        }
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** Runs every annotator over the article and returns the annotated document. */
    public Document annotate(Article article) {
        Document doc = new Document(article);
        for (Annotator a : annotators) {
            a.annotate(doc);
            for (Layer<?> add : a.satisfies()) {
                if (!doc.has(add)) throw new IllegalStateException("annotator '" + a.name() + "' did not add layer '" + add + "'");
            }
        }
        return doc;
    }
}
