package org.diplokg.resolve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.diplokg.rdf.vocab.DKG;

/**
 * A meeting's current status from its reports, read in publication order:
 * <ul>
 * <li>"held" is final: nothing published after it (a lagging announcement, a "proposed" follow-up,
 *     a call-off of something else) undoes it;</li>
 * <li>a "cancelled" report (called off, or postponed with no new date) makes the meeting cancelled
 *     until a later report schedules it again or says it was held;</li>
 * <li>"scheduled" replaces "proposed" and a cancellation, and is replaced by "held" or "cancelled";</li>
 * <li>"proposed" only stands while nothing firmer has been reported: it does not undo "scheduled"
 *     or revive a cancelled meeting.</li>
 * </ul>
 */
public final class StatusHistory {
    private StatusHistory() {
    }

    /** The current status after these reports, which must be in publication order. */
    public static Node current(List<Report> inPublicationOrder) {
        Node current = null;
        for (Report r : inPublicationOrder) current = next(current, r.status());
        if (current == null) throw new IllegalArgumentException("a meeting needs at least one report");
        return current;
    }

    /** The status after one more report. */
    static Node next(Node current, Node reported) {
        if (current == null) return reported;
        if (current.equals(DKG.Held)) return current;
        if (reported.equals(DKG.Proposed)) return current;
        return reported;
    }
}
