package org.diplokg.extract.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.article.TextSpan;
import org.diplokg.extract.MeetingDate.Precision;
import org.diplokg.extract.MeetingStatus;

/**
 * Dates as precise as the text supports. Absolute forms stand alone ("July 11, 2025",
 * "11 July 2025", "March 2024", "in 2019"); forms without a year and relative forms ("on
 * Wednesday", "next month", "today") need the publication date, and without it give nothing.
 */
public final class DateRules {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MY = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MD = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})");
    private static final Pattern DM = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b(?!,?\\s+\\d{4})");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|during|since|until|this|last|early|late|mid-?)\\s+" + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|during)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|next)?\\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(today|yesterday|tomorrow|this month|last month|next month|this year|last year|next year|earlier this month|"
            + "later this month|earlier this year|later this year)\\b", Pattern.CASE_INSENSITIVE);

    /** A date found in text: its lexical form, precision and where it was written. */
    public record Found(String lexical, Precision precision, TextSpan span) {
    }

    private DateRules() {
    }

    /** The first date expression in {@code text[from,to)}, resolved against {@code published} where needed. */
    public static Optional<Found> find(String text, int from, int to, Optional<LocalDate> published, MeetingStatus status) {
        String s = text.substring(from, to);
        Matcher m;
        Found best = null;
        if ((m = MDY.matcher(s)).find()) best = pick(best, day(m.group(3), month(m.group(1)), m.group(2), from, m));
        if ((m = DMY.matcher(s)).find()) best = pick(best, day(m.group(3), month(m.group(2)), m.group(1), from, m));
        if (best == null && (m = MY.matcher(s)).find()) {
            best = new Found(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString(), Precision.MONTH,
                    new TextSpan(from + m.start(), from + m.end()));
        }
        if (best == null && published.isPresent()) {
            LocalDate pub = published.get();
            if ((m = MD.matcher(s)).find()) {
                best = dayNear(pub, month(m.group(1)), Integer.parseInt(m.group(2)), status, from, m);
            } else if ((m = DM.matcher(s)).find()) {
                best = dayNear(pub, month(m.group(2)), Integer.parseInt(m.group(1)), status, from, m);
            } else if ((m = IN_MONTH.matcher(s)).find()) {
                Month mo = month(m.group(1));
                int year = pub.getYear();
                if (status == MeetingStatus.HELD && mo.getValue() > pub.getMonthValue()) year--;
                if (status != MeetingStatus.HELD && mo.getValue() < pub.getMonthValue()) year++;
                best = new Found(YearMonth.of(year, mo).toString(), Precision.MONTH, new TextSpan(from + m.start(), from + m.end()));
            } else if ((m = WEEKDAY.matcher(s)).find()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                String lead = m.group().toLowerCase(Locale.ROOT);
                LocalDate d = lead.startsWith("next") || (status != MeetingStatus.HELD && !lead.startsWith("last"))
                        ? pub.with(TemporalAdjusters.nextOrSame(dow))
                        : pub.with(TemporalAdjusters.previousOrSame(dow));
                best = new Found(d.toString(), Precision.DAY, new TextSpan(from + m.start(1), from + m.end()));
            } else if ((m = RELATIVE.matcher(s)).find()) {
                best = relative(m.group(1).toLowerCase(Locale.ROOT), pub, new TextSpan(from + m.start(), from + m.end()));
            }
        }
        if (best == null && (m = IN_YEAR.matcher(s)).find()) {
            best = new Found(m.group(1), Precision.YEAR, new TextSpan(from + m.start(1), from + m.end(1)));
        }
        return Optional.ofNullable(best);
    }

    private static Found pick(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.span().begin() <= b.span().begin() ? a : b;
    }

    private static Found day(String y, Month mo, String d, int from, Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), mo, Integer.parseInt(d));
            return new Found(date.toString(), Precision.DAY, new TextSpan(from + m.start(), from + m.end()));
        } catch (java.time.DateTimeException e) {
            return null; // "February 30": no such day, no date
        }
    }

    private static Found dayNear(LocalDate pub, Month mo, int d, MeetingStatus status, int from, Matcher m) {
        int year = pub.getYear();
        try {
            LocalDate date = LocalDate.of(year, mo, d);
            if (status == MeetingStatus.HELD && date.isAfter(pub.plusDays(1))) date = date.minusYears(1);
            if (status != MeetingStatus.HELD && date.isBefore(pub.minusDays(1))) date = date.plusYears(1);
            return new Found(date.toString(), Precision.DAY, new TextSpan(from + m.start(), from + m.end()));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Found relative(String w, LocalDate pub, TextSpan span) {
        return switch (w) {
            case "today" -> new Found(pub.toString(), Precision.DAY, span);
            case "yesterday" -> new Found(pub.minusDays(1).toString(), Precision.DAY, span);
            case "tomorrow" -> new Found(pub.plusDays(1).toString(), Precision.DAY, span);
            case "this month", "earlier this month", "later this month" -> new Found(YearMonth.from(pub).toString(), Precision.MONTH, span);
            case "last month" -> new Found(YearMonth.from(pub).minusMonths(1).toString(), Precision.MONTH, span);
            case "next month" -> new Found(YearMonth.from(pub).plusMonths(1).toString(), Precision.MONTH, span);
            case "this year", "earlier this year", "later this year" -> new Found(Integer.toString(pub.getYear()), Precision.YEAR, span);
            case "last year" -> new Found(Integer.toString(pub.getYear() - 1), Precision.YEAR, span);
            case "next year" -> new Found(Integer.toString(pub.getYear() + 1), Precision.YEAR, span);
            default -> null;
        };
    }

    static Month month(String s) {
        String k = s.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(k.length() >= 3 ? k.substring(0, 3) : k)) return m;
        }
        throw new IllegalArgumentException("not a month: " + s);
    }
}
