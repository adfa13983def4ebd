package org.diplokg.extract;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

import org.diplokg.extract.rules.DateRules;
import org.diplokg.lang.TextSpan;

/**
 * A date as precise as the text supports: {@code lexical} is an {@code xsd:date} (YYYY-MM-DD),
 * {@code xsd:gYearMonth} (YYYY-MM) or {@code xsd:gYear} (YYYY) lexical form.
 */
public record MeetingDate(String lexical, Precision precision, List<EvidenceSpan> evidence) {
    public enum Precision { DAY, MONTH, YEAR }

    public MeetingDate {
        evidence = List.copyOf(evidence);
    }

    /** The date a rule found in {@code sentence}, with the words that state it as evidence. */
    public static MeetingDate found(DateRules.Found f, TextSpan sentence) {
        return new MeetingDate(f.lexical(), f.precision(), List.of(new EvidenceSpan(f.span(), sentence)));
    }

    /** The first day the date can mean: the day itself, or the start of its month or year. */
    public LocalDate firstDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(lexical);
            case MONTH -> YearMonth.parse(lexical).atDay(1);
            case YEAR -> Year.parse(lexical).atDay(1);
        };
    }

    /** The last day the date can mean: the day itself, or the end of its month or year. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(lexical);
            case MONTH -> YearMonth.parse(lexical).atEndOfMonth();
            case YEAR -> Year.parse(lexical).atMonth(12).atEndOfMonth();
        };
    }

    /** The middle day of what the date can mean: the day of people's offices when only a month or a year is known. */
    public LocalDate middleDay() {
        LocalDate a = firstDay();
        return a.plusDays(java.time.temporal.ChronoUnit.DAYS.between(a, lastDay()) / 2);
    }
}
