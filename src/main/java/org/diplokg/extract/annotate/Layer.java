package org.diplokg.extract.annotate;

import java.util.Objects;

/**
 * A typed key for one layer of a {@link Document} (sentences, words, mentions, meetings...).
 * Annotators declare the layers they need and the ones they add by these keys, so the order of
 * a pipeline can be checked before any text is read.
 */
public final class Layer<T> {
    private final String name;
    private final Class<? super T> type;

    private Layer(String name, Class<? super T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<? super T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
