package org.diplokg.extract.annotate;

import java.util.List;

/** The language layers every extractor shares: sentences, and the words of each sentence. */
public final class TextLayers {
    /** The sentences of the article's prose, in order. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);
    /** For each sentence (same index), its words with part of speech and lemma, tagged on first use. */
    public static final Layer<Words> WORDS = Layer.of("words", Words.class);

    private TextLayers() {
    }
}
