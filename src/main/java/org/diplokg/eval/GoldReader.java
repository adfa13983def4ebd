package org.diplokg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads gold annotation files (the schema of shared/gold/README.md), one JSON file per article. */
public final class GoldReader {
    private GoldReader() {
    }

    /** Every {@code *.json} of a folder, sorted by name. */
    public static List<ScoredMeeting> readFolder(Path dir, List<String> articleIds) throws IOException {
        List<ScoredMeeting> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            List<ScoredMeeting> ms = read(f);
            String article = article(f);
            articleIds.add(article);
            out.addAll(ms);
        }
        return out;
    }

    static String article(Path f) throws IOException {
        JsonObject o = parse(f);
        return o.hasKey("article") ? o.get("article").getAsString().value()
                : f.getFileName().toString().replaceFirst("\\.json$", "");
    }

    /** A JSON file's top object; invalid JSON is an IOException naming the file. */
    static JsonObject parse(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return JSON.parse(in);
        } catch (JsonException e) {
            throw new IOException(f + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    public static List<ScoredMeeting> read(Path f) throws IOException {
        JsonObject o = parse(f);
        String article = o.hasKey("article") ? o.get("article").getAsString().value()
                : f.getFileName().toString().replaceFirst("\\.json$", "");
        List<ScoredMeeting> out = new ArrayList<>();
        if (!o.hasKey("meetings")) return out;
        JsonArray ms = o.get("meetings").getAsArray();
        for (int i = 0; i < ms.size(); i++) {
            JsonObject m = ms.get(i).getAsObject();
            if (!m.hasKey("status") || !m.hasKey("states")) {
                throw new IOException(f + ": meeting " + (i + 1) + " needs 'status' and 'states'");
            }
            out.add(new ScoredMeeting(article, str(m, "id", "m" + (i + 1)), str(m, "status", ""), strings(m, "states"),
                    strings(m, "people"), str(m, "place", null), str(m, "date", null), str(m, "evidence", ""), str(m, "level", null)));
        }
        return out;
    }

    static String str(JsonObject o, String key, String dflt) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? dflt : v.getAsString().value();
    }

    private static Set<String> strings(JsonObject o, String key) {
        Set<String> out = new LinkedHashSet<>();
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return out;
        v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
        return out;
    }
}
