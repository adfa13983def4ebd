package org.diplokg.extract.rules;

import org.diplokg.article.TextSpan;

/**
 * A stretch of a sentence that can report one meeting. A participial tail (", signaling plans
 * to ...") has no subject of its own and borrows the states of the clause before it.
 */
public record Clause(TextSpan span, boolean participialTail) {
}
