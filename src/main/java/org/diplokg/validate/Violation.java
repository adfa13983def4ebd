package org.diplokg.validate;

/** One SHACL result, readable: the focus node, the article it came from (if known) and the message. */
public record Violation(String focus, String articleId, String severity, String message) {
    /** One line: {@code <focus> (article 002_x): message}. */
    public String line() {
        return severity + ": <" + focus + ">" + (articleId.isEmpty() ? "" : " (article " + articleId + ")") + ": " + message;
    }
}
