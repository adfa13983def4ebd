package org.diplokg.extract.annotate;

import java.util.Set;

/**
 * One step of extraction, in the manner of CoreNLP's annotators: it reads the layers it
 * {@linkplain #requires() requires} and adds those it {@linkplain #satisfies() satisfies}. Each is
 * small and tested on its own, and a statistical one can replace a rule-based one behind the
 * same layers.
 */
public interface Annotator {
    /** A short name for errors and traces. */
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> satisfies();

    void annotate(Document doc);
}
