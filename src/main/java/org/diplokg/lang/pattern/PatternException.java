package org.diplokg.lang.pattern;

/** A pattern that cannot be read, named by the file and line it came from. */
public final class PatternException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PatternException(String where, String message) {
        super(where + ": " + message);
    }
}
