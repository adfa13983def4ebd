package org.diplokg.rdf;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.diplokg.rdf.vocab.DKG;

/**
 * The readable label of a meeting or of a report of one, e.g. "Summit of United States and China
 * in Woodside, 2023-11-15 (held)". Reports and the meetings merged from them are named alike.
 */
public final class MeetingLabel {
    private MeetingLabel() {
    }

    /**
     * @param level  {@code dkg:Leaders}, {@code dkg:Ministers} or {@code dkg:Officials}, if known
     * @param states state names in the order to show
     * @param status one of the four status individuals
     */
    public static String of(Optional<Node> level, List<String> states, Optional<String> place, Optional<String> date, Node status) {
        String kind = level.map(MeetingLabel::kind).orElse("Meeting");
        String who = states.size() <= 1 ? String.join("", states)
                : String.join(", ", states.subList(0, states.size() - 1)) + " and " + states.get(states.size() - 1);
        String where = place.map(p -> " in " + p).orElse("");
        String when = date.map(d -> ", " + d).orElse("");
        return kind + " of " + who + where + when + " (" + statusWord(status) + ")";
    }

    private static String kind(Node level) {
        if (level.equals(DKG.Leaders)) return "Summit";
        if (level.equals(DKG.Ministers)) return "Ministerial meeting";
        if (level.equals(DKG.Officials)) return "Officials' meeting";
        throw new IllegalArgumentException("not a level: " + level);
    }

    /** The class a meeting of a level also has: {@code dkg:Summit}, {@code dkg:MinisterialMeeting}, {@code dkg:OfficialsMeeting}. */
    public static Node levelClass(Node level) {
        if (level.equals(DKG.Leaders)) return DKG.Summit;
        if (level.equals(DKG.Ministers)) return DKG.MinisterialMeeting;
        if (level.equals(DKG.Officials)) return DKG.OfficialsMeeting;
        throw new IllegalArgumentException("not a level: " + level);
    }

    /** "held", "scheduled", "proposed" or "cancelled": the lower-case local name of a status individual. */
    public static String statusWord(Node status) {
        return status.getLocalName().toLowerCase(java.util.Locale.ROOT);
    }
}
