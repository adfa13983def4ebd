package org.diplokg.extract.rules;

import org.diplokg.lang.TextSpan;

/**
 * A stretch of a sentence that can report one meeting. A dependent clause (a participial tail
 * ", signaling plans to ...", or a temporal adjunct "after talks with ...") may lack its own
 * subject and borrows the parties of the clause before it. A sequel (", followed by a meeting with
 * ...", "and another meeting with ...") borrows only that clause's subject.
 */
public record Clause(TextSpan span, boolean participialTail, boolean dependent, boolean sequel) {
    public Clause(TextSpan span, boolean participialTail, boolean dependent) {
        this(span, participialTail, dependent, false);
    }
}
