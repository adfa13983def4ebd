package org.diplokg.link;

import java.util.List;

import org.diplokg.article.TextSpan;

/** A mention that stayed unlinked or ambiguous, for curators extending the gazetteer. */
public record LinkIssue(String articleId, TextSpan span, String text, Kind kind, String stateLabel,
                        List<String> candidates) {
    public enum Kind { UNLINKED, AMBIGUOUS, UNRESOLVED_OFFICE }

    public LinkIssue {
        candidates = List.copyOf(candidates);
    }
}
