package org.diplokg.link;

import java.util.List;

import org.diplokg.lang.TextSpan;

/**
 * A mention a curator should look at: a person the gazetteer does not know ({@code UNLINKED}),
 * a name several entries share that office and date did not settle ({@code AMBIGUOUS}), a title
 * whose holder on the day is unknown ({@code UNRESOLVED_OFFICE}), or a gazetteer person without
 * a checked Wikidata identifier ({@code NO_QID}).
 */
public record LinkIssue(String articleId, TextSpan span, String text, Kind kind, String stateLabel,
                        List<String> candidates) {
    public enum Kind { UNLINKED, AMBIGUOUS, UNRESOLVED_OFFICE, NO_QID }

    public LinkIssue {
        candidates = List.copyOf(candidates);
    }
}
