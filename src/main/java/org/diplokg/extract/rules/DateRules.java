package org.diplokg.extract.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.MeetingDate.Precision;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.LangPatterns;

/**
 * Dates as precise as the text supports. Absolute forms stand alone ("July 11, 2025",
 * "11 July 2025", "March 2024", "in 2019"); forms without a year and relative forms ("on
 * Wednesday", "next month", "today") need the publication date, and without it give nothing.
 * The forms are token patterns of {@code lang/en/dates.rules}; month and weekday names and
 * relative dates are tables beside it.
 */
public final class DateRules {
    private static final LangPatterns EN = LangPatterns.load("en", "dates.rules");
    private static final TokenPattern[] RANGES = {
            EN.pattern("month-day-range"), EN.pattern("day-month-range"), EN.pattern("day-month-to-day-month")};
    private static final TokenPattern MDY = EN.pattern("month-day-year");
    private static final TokenPattern DMY = EN.pattern("day-month-year");
    private static final TokenPattern MY = EN.pattern("month-year");
    private static final TokenPattern MD = EN.pattern("month-day");
    private static final TokenPattern DM = EN.pattern("day-month");
    private static final TokenPattern IN_MONTH = EN.pattern("in-month");
    private static final TokenPattern MONTH_OF_YEAR = EN.pattern("month-of-year");
    private static final TokenPattern DAY_OF_MONTH = EN.pattern("day-of-month");
    private static final TokenPattern WEEKDAY = EN.pattern("weekday");
    private static final TokenPattern RELATIVE = EN.pattern("relative");
    private static final TokenPattern IN_YEAR = EN.pattern("in-year");
    /** Month names as written ("July", "Jul.") to months. */
    private static final Map<String, Month> MONTHS = Lexicon.table("en/months.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.cell(0), r -> Month.of(r.number(1, 12))));
    private static final Map<String, DayOfWeek> WEEKDAYS = Lexicon.table("en/weekdays.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.cell(0), r -> DayOfWeek.of(r.number(1, 7))));
    /** Relative dates ("last month") to their unit and offset from the publication date. */
    private static final Map<String, Relative> RELATIVES = relatives();

    /** A date found in text: its lexical form, precision and where it was written. */
    public record Found(String lexical, Precision precision, TextSpan span) {
    }

    private record Relative(Precision unit, int offset) {
    }

    private DateRules() {
    }

    /** The first date expression in {@code text[from,to)}, resolved against {@code published} where needed. */
    public static Optional<Found> find(String text, int from, int to, Optional<LocalDate> published, MeetingStatus status) {
        String s = text.substring(from, to);
        TokenSeq ts = TokenSeq.of(s);
        Match m;
        Found best = null;
        for (TokenPattern range : RANGES) {
            if ((m = range.find(ts)) != null) best = pick(best, spanOfDays(m, from, s, published, status));
        }
        if ((m = MDY.find(ts)) != null) best = pick(best, day(m, from, s));
        if ((m = DMY.find(ts)) != null) best = pick(best, day(m, from, s));
        if (best == null && (m = MY.find(ts)) != null) {
            best = new Found(YearMonth.of(Integer.parseInt(text(s, m, "year")), month(s, m)).toString(), Precision.MONTH, span(from, m.span()));
        }
        if (best == null && published.isPresent()) {
            LocalDate pub = published.get();
            if ((m = MONTH_OF_YEAR.find(ts)) != null) {
                int year = pub.getYear() + (m.group("last") != null ? -1 : m.group("next") != null ? 1 : 0);
                best = new Found(YearMonth.of(year, month(s, m)).toString(), Precision.MONTH, span(from, m.span()));
            } else if ((m = MD.find(ts)) != null || (m = DM.find(ts)) != null) {
                best = dayNear(pub, month(s, m), dayOfMonth(text(s, m, "day")), status, from, m);
            } else if ((m = IN_MONTH.find(ts)) != null) {
                Month mo = month(s, m);
                int year = pub.getYear();
                if (status == MeetingStatus.HELD && mo.getValue() > pub.getMonthValue()) year--;
                if (status != MeetingStatus.HELD && mo.getValue() < pub.getMonthValue()) year++;
                best = new Found(YearMonth.of(year, mo).toString(), Precision.MONTH, span(from, m.span()));
            } else if ((m = DAY_OF_MONTH.find(ts)) != null) {
                best = dayOfPublicationMonth(pub, dayOfMonth(text(s, m, "day")), status, span(from, m.span()));
            } else if ((m = WEEKDAY.find(ts)) != null) {
                DayOfWeek dow = WEEKDAYS.get(text(s, m, "weekday"));
                boolean next = m.group("next") != null;
                boolean last = m.group("last") != null;
                LocalDate d = next || (status != MeetingStatus.HELD && !last)
                        ? pub.with(TemporalAdjusters.nextOrSame(dow))
                        : pub.with(TemporalAdjusters.previousOrSame(dow));
                best = new Found(d.toString(), Precision.DAY, span(from, new TextSpan(m.group("weekday").begin(), m.charEnd())));
            } else if ((m = RELATIVE.find(ts)) != null) {
                best = relative(RELATIVES.get(phrase(ts, m)), pub, span(from, m.span()));
            }
        }
        if (best == null && (m = IN_YEAR.find(ts)) != null) {
            best = new Found(text(s, m, "year"), Precision.YEAR, span(from, m.group("year")));
        }
        return Optional.ofNullable(best);
    }

    /** The earlier of two dates; a span of days wins over the first day it starts with. */
    private static Found pick(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.span().begin() <= b.span().begin() ? a : b;
    }

    /**
     * A span of days ("June 18-22", "1-4 November 2015") is dated by the month it starts in,
     * as precise as a single date can be: the year from the text, else the publication date.
     */
    private static Found spanOfDays(Match m, int from, String s, Optional<LocalDate> published, MeetingStatus status) {
        Month mo = month(s, m);
        int year;
        if (m.group("year") != null) {
            year = Integer.parseInt(text(s, m, "year"));
        } else if (published.isPresent()) {
            Found first = dayNear(published.get(), mo, dayOfMonth(text(s, m, "day")), status, from, m);
            if (first == null) return null;
            year = Integer.parseInt(first.lexical().substring(0, 4));
        } else {
            return null;
        }
        return new Found(YearMonth.of(year, mo).toString(), Precision.MONTH, span(from, m.span()));
    }

    private static TextSpan span(int from, TextSpan s) {
        return new TextSpan(from + s.begin(), from + s.end());
    }

    private static String text(String s, Match m, String group) {
        TextSpan g = m.group(group);
        return s.substring(g.begin(), g.end());
    }

    private static Month month(String s, Match m) {
        return MONTHS.get(text(s, m, "month"));
    }

    /** The number a day is written with, without its ordinal suffix ("11th"). */
    private static int dayOfMonth(String written) {
        int k = 0;
        while (k < written.length() && Character.isDigit(written.charAt(k))) k++;
        return Integer.parseInt(written.substring(0, k));
    }

    private static Found day(Match m, int from, String s) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(text(s, m, "year")), month(s, m), dayOfMonth(text(s, m, "day")));
            return new Found(date.toString(), Precision.DAY, span(from, m.span()));
        } catch (java.time.DateTimeException e) {
            return null; // "February 30": no such day, no date
        }
    }

    private static Found dayNear(LocalDate pub, Month mo, int d, MeetingStatus status, int from, Match m) {
        int year = pub.getYear();
        try {
            LocalDate date = LocalDate.of(year, mo, d);
            if (status == MeetingStatus.HELD && date.isAfter(pub.plusDays(1))) date = date.minusYears(1);
            if (status != MeetingStatus.HELD && date.isBefore(pub.minusDays(1))) date = date.plusYears(1);
            return new Found(date.toString(), Precision.DAY, span(from, m.span()));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "on the 5th": that day of the month of publication, or of the month before (held) or after (ahead) when it is past. */
    private static Found dayOfPublicationMonth(LocalDate pub, int d, MeetingStatus status, TextSpan span) {
        YearMonth month = YearMonth.from(pub);
        if (status == MeetingStatus.HELD && d > pub.getDayOfMonth() + 1) month = month.minusMonths(1);
        if (status != MeetingStatus.HELD && d < pub.getDayOfMonth() - 1) month = month.plusMonths(1);
        if (d < 1 || d > month.lengthOfMonth()) return null;
        return new Found(month.atDay(d).toString(), Precision.DAY, span);
    }

    /** The words of a match in lower case, one space between them: the key of a table of phrases. */
    private static String phrase(TokenSeq ts, Match m) {
        StringBuilder b = new StringBuilder();
        for (int k = m.start(); k < m.end(); k++) {
            if (k > m.start() && !ts.get(k).glued()) b.append(' ');
            b.append(ts.get(k).lower());
        }
        return b.toString();
    }

    private static Found relative(Relative r, LocalDate pub, TextSpan span) {
        if (r == null) return null;
        return switch (r.unit()) {
            case DAY -> new Found(pub.plusDays(r.offset()).toString(), Precision.DAY, span);
            case MONTH -> new Found(YearMonth.from(pub).plusMonths(r.offset()).toString(), Precision.MONTH, span);
            default -> new Found(Integer.toString(pub.getYear() + r.offset()), Precision.YEAR, span);
        };
    }

    private static Map<String, Relative> relatives() {
        Map<String, Relative> out = new HashMap<>();
        for (Lexicon.Row r : Lexicon.table("en/relative-dates.tsv", 3)) {
            Precision unit;
            try {
                unit = Precision.valueOf(r.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unit must be day, month or year, not '" + r.cell(1) + "'");
            }
            int offset;
            try {
                offset = Integer.parseInt(r.cell(2));
            } catch (NumberFormatException e) {
                throw r.error("offset must be a whole number, not '" + r.cell(2) + "'");
            }
            out.put(normalise(r.cell(0)), new Relative(unit, offset));
        }
        return Map.copyOf(out);
    }

    private static String normalise(String phrase) {
        TokenSeq ts = TokenSeq.of(phrase);
        return phrase(ts, new Match(0, ts.size(), new TextSpan(0, phrase.length()), Map.of()));
    }
}
