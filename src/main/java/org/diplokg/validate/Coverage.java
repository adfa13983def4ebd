package org.diplokg.validate;

/**
 * What a validation looked at: the whole data, or only what a change can affect (its article
 * graphs alone, and the focus nodes it touches on the union), so that a publish can say which it did.
 *
 * @param full          the whole data was validated
 * @param articleGraphs article graphs validated alone by the shapes within one article
 * @param touchedNodes  focus nodes (per shape) validated on the union because the change touches them
 * @param shapesInFull  shapes without a scope, validated on the whole union
 */
public record Coverage(boolean full, int articleGraphs, int touchedNodes, int shapesInFull) {
    public static final Coverage FULL = new Coverage(true, 0, 0, 0);

    /** Two validations of one publish together. */
    public Coverage plus(Coverage other) {
        return new Coverage(full || other.full, articleGraphs + other.articleGraphs, touchedNodes + other.touchedNodes,
                Math.max(shapesInFull, other.shapesInFull));
    }

    /** For people: what was validated. */
    public String describe() {
        if (full) return "the whole new state";
        return articleGraphs + " article graph(s) alone and " + touchedNodes + " node(s) the change touches on the union"
                + (shapesInFull == 0 ? "" : ", " + shapesInFull + " shape(s) without dkgsh:scope on all of it");
    }
}
