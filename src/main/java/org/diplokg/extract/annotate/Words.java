package org.diplokg.extract.annotate;

import java.util.List;
import java.util.function.Function;

import org.diplokg.lang.TextSpan;

/**
 * The words of each sentence, tagged when a rule first asks for them: most sentences report no
 * meeting, and tagging them all cost more than the rest of extraction (measured with
 * {@code bench}). Each sentence is tagged at most once; a document is read by one thread.
 */
public final class Words {
    private final List<Sentence> sentences;
    private final Function<TextSpan, List<Word>> tagger;
    private final Object[] memo;

    public Words(List<Sentence> sentences, Function<TextSpan, List<Word>> tagger) {
        this.sentences = List.copyOf(sentences);
        this.tagger = tagger;
        this.memo = new Object[this.sentences.size()];
    }

    /** The words of sentence {@code i} (same index as the sentences layer). */
    @SuppressWarnings("unchecked")
    public List<Word> of(int i) {
        if (memo[i] == null) memo[i] = tagger.apply(sentences.get(i).span());
        return (List<Word>) memo[i];
    }

    public int size() {
        return sentences.size();
    }
}
