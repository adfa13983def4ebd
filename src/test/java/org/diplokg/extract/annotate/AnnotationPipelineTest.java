package org.diplokg.extract.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class AnnotationPipelineTest {
    static final Layer<String> A = Layer.of("a", String.class);
    static final Layer<Integer> B = Layer.of("b", Integer.class);

    static Annotator step(String name, Set<Layer<?>> needs, Set<Layer<?>> adds, Consumer<Document> body) {
        return new Annotator() {
            public String name() { return name; }
            public Set<Layer<?>> requires() { return needs; }
            public Set<Layer<?>> satisfies() { return adds; }
            public void annotate(Document d) { body.accept(d); }
        };
    }

    static Article article(String text) {
        return new Article("x", "t", text, Optional.empty(), Optional.empty(), Path.of("x.txt"), List.of(new TextSpan(0, text.length())));
    }

    @Test
    void runsAnnotatorsInOrderEachReadingWhatTheOneBeforeAdded() {
        AnnotationPipeline p = new AnnotationPipeline(List.of(
                step("first", Set.of(), Set.of(A), d -> d.put(A, d.article().text().toUpperCase())),
                step("second", Set.of(A), Set.of(B), d -> d.put(B, d.get(A).length()))));
        Document d = p.annotate(article("met"));
        assertEquals("MET", d.get(A));
        assertEquals(3, d.get(B));
    }

    @Test
    void refusesAnOrderInWhichALayerIsNeededBeforeItIsAdded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AnnotationPipeline(List.of(
                step("second", Set.of(A), Set.of(B), d -> { }),
                step("first", Set.of(), Set.of(A), d -> { }))));
        assertTrue(e.getMessage().contains("'second' needs layer 'a'"), e.getMessage());
    }

    @Test
    void refusesTwoAnnotatorsAddingOneLayerAndAnAnnotatorThatForgetsItsLayer() {
        assertThrows(IllegalArgumentException.class, () -> new AnnotationPipeline(List.of(
                step("one", Set.of(), Set.of(A), d -> { }), step("two", Set.of(), Set.of(A), d -> { }))));
        AnnotationPipeline lazy = new AnnotationPipeline(List.of(step("lazy", Set.of(), Set.of(A), d -> { })));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lazy.annotate(article("x")));
        assertTrue(e.getMessage().contains("'lazy' did not add layer 'a'"), e.getMessage());
    }

    @Test
    void aLayerIsWrittenOnce() {
        Document d = new Document(article("x"));
        d.put(A, "one");
        assertThrows(IllegalStateException.class, () -> d.put(A, "two"));
        assertThrows(IllegalStateException.class, () -> d.get(B));
    }
}
