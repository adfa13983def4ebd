package org.diplokg.extract.annotate;

import java.util.List;
import java.util.Set;

import org.diplokg.lang.TextSpan;

/**
 * The words of each sentence, tagged when a rule first asks for them: most sentences report no
 * meeting, and tagging them all cost more than the rest of extraction (measured with
 * {@code bench}). Each sentence is cut into tokens at most once and tagged at most once; a
 * document is read by one thread.
 */
public final class Words {
    /** What makes the words: tokens first, then parts of speech and lemmas over those tokens. */
    public interface Tagger {
        /** The tokens of one sentence, offsets into the document's text. */
        List<TextSpan> tokens(TextSpan sentence);

        /** The words of one sentence, cut into {@code tokens} already. */
        List<Word> tag(TextSpan sentence, List<TextSpan> tokens);

        /** The lemma a token gets when it is tagged {@code pos}. */
        String lemma(TextSpan token, String pos);
    }

    private final List<Sentence> sentences;
    private final Tagger tagger;
    private final Object[] tokens;
    private final Object[] words;

    public Words(List<Sentence> sentences, Tagger tagger) {
        this.sentences = List.copyOf(sentences);
        this.tagger = tagger;
        this.tokens = new Object[this.sentences.size()];
        this.words = new Object[this.sentences.size()];
    }

    /** The words of sentence {@code i} (same index as the sentences layer). */
    @SuppressWarnings("unchecked")
    public List<Word> of(int i) {
        if (words[i] == null) words[i] = tagger.tag(sentences.get(i).span(), tokens(i));
        return (List<Word>) words[i];
    }

    @SuppressWarnings("unchecked")
    private List<TextSpan> tokens(int i) {
        if (tokens[i] == null) tokens[i] = tagger.tokens(sentences.get(i).span());
        return (List<TextSpan>) tokens[i];
    }

    /**
     * False when sentence {@code i} has no word inside {@code [from, to)} whose lemma is in
     * {@code lemmas} for any part of speech of {@code pos}; true when it may have one. Tagging
     * costs most of the layer and the lemma of a token depends only on its part of speech, so
     * this answers from the tokens alone, without tagging.
     */
    public boolean mayHold(int i, int from, int to, Set<String> lemmas, Set<String> pos) {
        for (TextSpan t : tokens(i)) {
            if (t.begin() < from || t.end() > to) continue;
            for (String p : pos) {
                String lemma = tagger.lemma(t, p).toLowerCase(java.util.Locale.ROOT);
                if (lemmas.contains(lemma) || lemmas.contains(Word.beforeContraction(lemma))) return true;
            }
        }
        return false;
    }

    public int size() {
        return sentences.size();
    }
}
