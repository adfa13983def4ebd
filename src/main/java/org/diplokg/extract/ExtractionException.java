package org.diplokg.extract;

/** Extraction failed on one article; names the article and the offset it was at. */
public class ExtractionException extends Exception {
    public ExtractionException(String articleId, int offset, String message, Throwable cause) {
        super("article " + articleId + " at code point " + offset + ": " + message, cause);
    }
}
