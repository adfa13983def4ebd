package org.diplokg.article;

import java.nio.file.Path;

/** An article that cannot be read; names the file and, where it applies, the line. */
public class ArticleException extends Exception {
    private final Path file;
    private final int line;

    public ArticleException(Path file, int line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public ArticleException(Path file, String message) {
        this(file, 0, message, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }
}
