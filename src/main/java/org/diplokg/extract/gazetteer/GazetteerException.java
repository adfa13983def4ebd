package org.diplokg.extract.gazetteer;

/** A gazetteer source that cannot be used; the message names the file and line. */
public class GazetteerException extends RuntimeException {
    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }

    public GazetteerException(String message) {
        super(message);
    }
}
