package org.diplokg.extract;

import java.util.Locale;

/** Whether a reported meeting took place; exactly one per meeting. */
public enum MeetingStatus {
    HELD, SCHEDULED, PROPOSED, CANCELLED;

    /** The lower-case name used by the gold files and the ontology labels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeetingStatus fromLabel(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
