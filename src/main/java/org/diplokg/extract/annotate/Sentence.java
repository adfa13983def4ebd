package org.diplokg.extract.annotate;

import org.diplokg.lang.TextSpan;

/**
 * A sentence of the article: its span, the line (paragraph) it stands in, and whether that line
 * is a heading, which names a topic rather than reporting a meeting.
 */
public record Sentence(TextSpan span, TextSpan line, boolean heading) {
}
