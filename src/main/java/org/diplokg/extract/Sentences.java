package org.diplokg.extract;

import java.util.List;

import org.diplokg.extract.annotate.Sentence;

/** Finding a sentence of the article by where it starts. */
final class Sentences {
    /**
     * How many sentences back a meeting's setting (its time, its place) is looked for in its
     * paragraph: a bounded window keeps the search linear in a text of one endless paragraph.
     */
    static final int REACH = 8;

    private Sentences() {
    }

    /**
     * The sentences before the one that starts at {@code begin}, in its paragraph, nearest first, at
     * most {@link #REACH}: where a meeting's setting is looked for. Empty if no sentence starts there.
     */
    static List<Integer> earlierInParagraph(List<Sentence> sentences, int begin) {
        int at = indexOf(sentences, begin);
        if (at < 0) return List.of();
        List<Integer> out = new java.util.ArrayList<>();
        for (int k = at - 1; k >= 0 && k >= at - REACH && sentences.get(k).line().equals(sentences.get(at).line()); k--) out.add(k);
        return out;
    }

    /** The index of the sentence that starts at {@code begin}, by binary search over sentences in text order; -1 if none does. */
    static int indexOf(List<Sentence> sentences, int begin) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int b = sentences.get(mid).span().begin();
            if (b == begin) return mid;
            if (b < begin) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
