package org.diplokg.eval;

import java.util.List;

/**
 * One meeting of an events gold file ({@code events.json}): the gold reports (article and meeting id
 * of the per-article gold) that report it, in publication order, and its current status.
 */
public record GoldEvent(String id, String label, String currentStatus, List<Report> reports) {
    /** A gold report: meeting {@code meeting} of the per-article gold file of {@code article}. */
    public record Report(String article, String meeting, String published, String status) {
    }

    public GoldEvent {
        reports = List.copyOf(reports);
    }
}
