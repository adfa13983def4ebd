package org.diplokg.extract;

import java.util.Locale;

/** Rank of representation at a meeting; ordered from highest to lowest. */
public enum MeetingLevel {
    LEADERS, MINISTERS, OFFICIALS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeetingLevel fromLabel(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
