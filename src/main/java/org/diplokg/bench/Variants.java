package org.diplokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Many articles made from a few: variant {@code i} is source article {@code i mod k} with its
 * weekdays moved on by {@code i / k} days, a sentence that numbers it, and an identifier of its
 * own. Big stores for load tests, from the bundled corpus, with text the pipeline really reads.
 */
public final class Variants {
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Pattern DAY = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private Variants() {
    }

    /** Writes {@code n} variants of the {@code *.txt} articles of {@code from} into {@code to}; returns their files. */
    public static List<Path> write(Path from, int n, Path to) throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(from)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (sources.isEmpty()) throw new IOException(from + ": no *.txt articles to vary");
        List<String> texts = new ArrayList<>();
        for (Path p : sources) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        Files.createDirectories(to);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i % sources.size();
            String text = shiftDays(texts.get(k), i / sources.size()) + "\nThis is report number " + i + " of the series.\n";
            String id = String.format(Locale.ROOT, "v%05d_%s", i, sources.get(k).getFileName().toString());
            Path f = to.resolve(id);
            Files.writeString(f, text, StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }

    static String shiftDays(String text, int by) {
        Matcher m = DAY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, DAYS.get((DAYS.indexOf(m.group()) + by) % DAYS.size()));
        m.appendTail(sb);
        return sb.toString();
    }
}
