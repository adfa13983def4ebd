package org.diplokg.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.diplokg.rdf.vocab.DKG;

/**
 * When a report's meeting can have taken place, as a closed range of days. A date stated in the text
 * gives its day (with {@link Thresholds#DAY_SLACK}), month or year; an undated report leans on its
 * publication date and tense: held means shortly before, scheduled or proposed means after. A
 * cancelled (called off, postponed) meeting may be held later, so its window stays open for
 * {@link Thresholds#POSTPONEMENT_HORIZON_DAYS}. A date that is just the month of publication (what
 * the extractor gives a report that dates its meeting no better) counts as no date.
 */
public record TimeWindow(LocalDate from, LocalDate to) {
    /** The window of a report, or empty when it has neither a date nor a publication date. */
    public static Optional<TimeWindow> of(Report r) {
        // the month of publication says no more than the publication date and its tense do
        Optional<TimeWindow> stated = r.date()
                .filter(d -> !(d.length() == 7 && r.published().map(p -> YearMonth.from(p).toString().equals(d)).orElse(false)))
                .map(TimeWindow::ofLexical);
        boolean cancelled = r.status().equals(DKG.Cancelled);
        if (stated.isPresent()) {
            TimeWindow w = stated.get();
            return Optional.of(cancelled ? new TimeWindow(w.from, w.to.plusDays(Thresholds.POSTPONEMENT_HORIZON_DAYS)) : w);
        }
        return r.published().map(p -> {
            if (r.status().equals(DKG.Held)) return new TimeWindow(p.minusDays(Thresholds.HELD_LOOKBACK_DAYS), p);
            if (r.status().equals(DKG.Scheduled)) return new TimeWindow(p, p.plusDays(Thresholds.SCHEDULED_HORIZON_DAYS));
            if (r.status().equals(DKG.Proposed)) return new TimeWindow(p, p.plusDays(Thresholds.PROPOSED_HORIZON_DAYS));
            return new TimeWindow(p.minusDays(Thresholds.HELD_LOOKBACK_DAYS), p.plusDays(Thresholds.POSTPONEMENT_HORIZON_DAYS));
        });
    }

    /** The days an {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} lexical form covers. */
    static TimeWindow ofLexical(String lexical) {
        if (lexical.length() == 10) {
            LocalDate d = LocalDate.parse(lexical);
            return new TimeWindow(d.minusDays(Thresholds.DAY_SLACK), d.plusDays(Thresholds.DAY_SLACK));
        }
        if (lexical.length() == 7) {
            YearMonth m = YearMonth.parse(lexical);
            return new TimeWindow(m.atDay(1), m.atEndOfMonth());
        }
        int y = Integer.parseInt(lexical);
        return new TimeWindow(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    public boolean overlaps(TimeWindow o) {
        return !from.isAfter(o.to) && !o.from.isAfter(to);
    }

    /** The days both windows share; call only when they overlap. */
    public TimeWindow intersect(TimeWindow o) {
        return new TimeWindow(from.isAfter(o.from) ? from : o.from, to.isBefore(o.to) ? to : o.to);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }
}
