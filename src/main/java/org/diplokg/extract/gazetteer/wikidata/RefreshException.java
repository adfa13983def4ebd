package org.diplokg.extract.gazetteer.wikidata;

/** A refresh that could not finish: the endpoint was unreachable, refused, or answered nonsense. */
public final class RefreshException extends RuntimeException {
    public RefreshException(String message) {
        super(message);
    }

    public RefreshException(String message, Throwable cause) {
        super(message, cause);
    }
}
