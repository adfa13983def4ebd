package org.diplokg.extract.rules;

import org.diplokg.article.TextSpan;

/**
 * A stretch of a sentence that can report one meeting. A dependent clause (a participial tail
 * ", signaling plans to ...", or a temporal adjunct "after talks with ...") may lack its own
 * subject and borrows the parties of the clause before it.
 */
public record Clause(TextSpan span, boolean participialTail, boolean dependent) {
}
