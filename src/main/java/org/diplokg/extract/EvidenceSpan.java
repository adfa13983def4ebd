package org.diplokg.extract;

import org.diplokg.lang.TextSpan;

/**
 * Text that supports a fact: the exact words ({@code span}) inside their sentence ({@code sentence}).
 * Both are UTF-16 ranges of the article text.
 */
public record EvidenceSpan(TextSpan span, TextSpan sentence) implements Comparable<EvidenceSpan> {
    @Override
    public int compareTo(EvidenceSpan o) {
        return span.compareTo(o.span);
    }
}
