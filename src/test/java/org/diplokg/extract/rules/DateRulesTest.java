package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.diplokg.extract.MeetingStatus;
import org.junit.jupiter.api.Test;

/** More cases are in {@code cases/rules/dates.tsv} (RuleTablesTest); these pin the spans and the tables' words. */
class DateRulesTest {
    private static final Optional<LocalDate> PUB = Optional.of(LocalDate.parse("2025-03-12")); // a Wednesday

    private static String date(String text, MeetingStatus status) {
        return DateRules.find(text, 0, text.length(), PUB, status)
                .map(f -> f.lexical() + " @" + text.substring(f.span().begin(), f.span().end())).orElse("-");
    }

    @Test
    void absoluteAndRelativeForms() {
        assertEquals("2025-07-11 @July 11th, 2025", date("They met on July 11th, 2025 in Lima.", MeetingStatus.HELD));
        assertEquals("2024-09-03 @3 Sept. 2024", date("They met on 3 Sept. 2024.", MeetingStatus.HELD));
        assertEquals("2024-05 @May 2024", date("They met in May 2024.", MeetingStatus.HELD));
        assertEquals("2025-03-17 @Monday", date("They will meet next Monday.", MeetingStatus.SCHEDULED));
        assertEquals("2025-03-10 @Monday", date("They met on Monday.", MeetingStatus.HELD));
        assertEquals("2025-04 @next month", date("They will meet next month.", MeetingStatus.SCHEDULED));
        assertEquals("2025-03-11 @yesterday", date("They met yesterday.", MeetingStatus.HELD));
        assertEquals("2025-03-10 @day before yesterday", date("The day before yesterday, they met in Shanghai.", MeetingStatus.HELD));
        assertEquals("2025-03-14 @day after tomorrow", date("They will meet the day after tomorrow.", MeetingStatus.SCHEDULED));
        assertEquals("2024-12 @in December", date("They met in December.", MeetingStatus.HELD));
        assertEquals("2019 @2019", date("They first met in 2019.", MeetingStatus.HELD));
        assertEquals("-", date("They may meet.", MeetingStatus.PROPOSED));
    }
}
