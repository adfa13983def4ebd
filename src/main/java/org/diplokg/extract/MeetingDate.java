package org.diplokg.extract;

import java.util.List;

/**
 * A date as precise as the text supports: {@code lexical} is an {@code xsd:date} (YYYY-MM-DD),
 * {@code xsd:gYearMonth} (YYYY-MM) or {@code xsd:gYear} (YYYY) lexical form.
 */
public record MeetingDate(String lexical, Precision precision, List<EvidenceSpan> evidence) {
    public enum Precision { DAY, MONTH, YEAR }

    public MeetingDate {
        evidence = List.copyOf(evidence);
    }
}
