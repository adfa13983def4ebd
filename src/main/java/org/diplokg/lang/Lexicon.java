package org.diplokg.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Language as data: word lists and tables under {@code /lang/} in the class path, one entry a
 * line, {@code #} for comments, columns split by tabs. A malformed line fails at start-up with
 * the file and line named, so a bad edit never passes silently.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** One line of a table: where it came from and its columns. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int i) {
            return cells.get(i);
        }

        /** Cell {@code i} as a whole number from 1 to {@code max}; anything else is an error that points at this line. */
        public int number(int i, int max) {
            try {
                int n = Integer.parseInt(cell(i));
                if (n >= 1 && n <= max) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("expected a number from 1 to " + max + ", found '" + cell(i) + "'");
        }

        /** An error message that points at this line. */
        public IllegalStateException error(String what) {
            return new IllegalStateException(file + ":" + line + ": " + what);
        }
    }

    /** The rows of {@code /lang/<name>}, each with exactly {@code columns} cells (0: any number). */
    public static List<Row> table(String name, int columns) {
        String path = "/lang/" + name;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + ": language file missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                List<String> cells = List.of(line.split("\t", -1)).stream().map(String::strip).toList();
                Row row = new Row(path, n, cells);
                if (columns > 0 && cells.size() != columns) {
                    throw row.error("expected " + columns + " tab-separated columns, found " + cells.size());
                }
                if (cells.stream().anyMatch(String::isEmpty)) throw row.error("empty column");
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        return List.copyOf(rows);
    }

    /** The words or phrases of a one-column list. */
    public static List<String> words(String name) {
        return table(name, 1).stream().map(r -> r.cell(0)).toList();
    }

    /**
     * A case-insensitive pattern that matches any phrase of the list as whole words, longest
     * first; spaces in a phrase match any run of white space.
     */
    public static Pattern anyOf(List<String> phrases) {
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) b.append('|');
            String[] parts = sorted.get(i).toLowerCase(Locale.ROOT).split("\\s+");
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) b.append("\\s+");
                b.append(Pattern.quote(parts[k]));
            }
        }
        b.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
