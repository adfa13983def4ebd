package org.diplokg.extract.annotate;

/** An annotator failed on a document, at a character offset of its text where one is known. */
public final class AnnotationFailure extends RuntimeException {
    private final String annotator;
    private final int offset;

    public AnnotationFailure(String annotator, int offset, Throwable cause) {
        super(annotator + ": " + cause, cause);
        this.annotator = annotator;
        this.offset = offset;
    }

    public String annotator() {
        return annotator;
    }

    /** The UTF-16 offset into the article text where the failing annotator was reading. */
    public int offset() {
        return offset;
    }
}
