package org.diplokg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Reads {@code events.json}: {@code {"events": [{"id", "label", "states", "current_status",
 * "reports": [{"article", "meeting", "published", "status"}]}]}}. Every gold report must belong
 * to exactly one event.
 */
public final class EventsReader {
    private EventsReader() {
    }

    public static List<GoldEvent> read(Path file) throws IOException {
        JsonObject o = GoldReader.parse(file);
        if (!o.hasKey("events")) throw new IOException(file + ": needs an 'events' array");
        List<GoldEvent> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonArray events = o.get("events").getAsArray();
        for (int i = 0; i < events.size(); i++) {
            JsonObject e = events.get(i).getAsObject();
            String id = GoldReader.str(e, "id", "e" + (i + 1));
            if (!e.hasKey("current_status") || !e.hasKey("reports")) {
                throw new IOException(file + ": event " + id + " needs 'current_status' and 'reports'");
            }
            List<GoldEvent.Report> reports = new ArrayList<>();
            JsonArray rs = e.get("reports").getAsArray();
            for (int j = 0; j < rs.size(); j++) {
                JsonObject r = rs.get(j).getAsObject();
                GoldEvent.Report report = new GoldEvent.Report(GoldReader.str(r, "article", null), GoldReader.str(r, "meeting", null),
                        GoldReader.str(r, "published", null), GoldReader.str(r, "status", null));
                if (report.article() == null || report.meeting() == null) {
                    throw new IOException(file + ": a report of event " + id + " needs 'article' and 'meeting'");
                }
                if (!seen.add(report.article() + "\n" + report.meeting())) {
                    throw new IOException(file + ": " + report.article() + " " + report.meeting() + " is in two events");
                }
                reports.add(report);
            }
            out.add(new GoldEvent(id, GoldReader.str(e, "label", id), GoldReader.str(e, "current_status", null), reports));
        }
        return out;
    }
}
