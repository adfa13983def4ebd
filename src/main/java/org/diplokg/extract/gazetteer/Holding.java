package org.diplokg.extract.gazetteer;

import java.time.LocalDate;
import java.util.Optional;

/** That a person held an office from {@code start} to {@code end} (inclusive; open when empty). */
public record Holding(String officeIri, Optional<LocalDate> start, Optional<LocalDate> end) {
    public boolean covers(LocalDate day) {
        return start.map(s -> !day.isBefore(s)).orElse(false) && end.map(e -> !day.isAfter(e)).orElse(true);
    }
}
