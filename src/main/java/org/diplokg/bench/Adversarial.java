package org.diplokg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.diplokg.article.ArticleException;
import org.diplokg.extract.ExtractionException;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.pipeline.Budget;
import org.diplokg.pipeline.Pipeline;

/**
 * Evidence that conversion time grows linearly with the text on the shapes that once made it
 * blow up (issue 12): each shape is converted at a size s and at 4s, and the ratio of the times
 * is printed (wanted: at most 5); then each shape at 2 MB is converted with the default budget,
 * which must finish or cut it within 10 s (its default budget is 8 s, leaving time to stop the worker).
 */
public final class Adversarial {
    /** Largest acceptable time ratio at 4 times the size. */
    public static final double MAX_RATIO = 5.0;
    /** A 2 MB article must end, converted or cut by its budget, within the budget and this much more. */
    /** A 2 MB adversarial article is converted or cut by its budget, with its message, within this (issue 12). */
    static final Duration WITHIN = Duration.ofSeconds(10);
    static final int TWO_MB = 2_000_000;

    /** One adversarial shape: its name, a text of about n bytes, and its small size s. */
    record Shape(String name, IntFunction<String> text, int small) {
    }

    private Adversarial() {
    }

    static List<Shape> shapes(String corpus) {
        String oneLine = corpus.replaceAll("\\s+", " ");
        return List.of(
                new Shape("one line", n -> repeat(oneLine + " ", n), 50_000),
                new Shape("He/She sentences", n -> repeat("He met the foreign minister on Tuesday. She said the talks in Tokyo were useful. ", n),
                        92_500),
                new Shape("whole articles", n -> repeat(corpus + "\n\n", n), 500_000),
                new Shape("names in a row", n -> repeat("Xi Jinping, Joe Biden, Fumio Kishida, Yoon Suk Yeol, Vladimir Putin, Narendra Modi, ", n),
                        25_000));
    }

    /** The text repeated (and cut at a word boundary) to about {@code n} bytes of ASCII-ish text. */
    static String repeat(String unit, int n) {
        StringBuilder b = new StringBuilder(n + unit.length());
        while (b.length() < n) b.append(unit);
        int cut = b.lastIndexOf(" ", n);
        return b.substring(0, cut > 0 ? cut : n).strip() + "\n";
    }

    /** Runs the measurements, printing one line per shape; true when every shape passed. */
    public static boolean run(Gazetteer gazetteer, String corpus, Path work, PrintStream out) throws IOException {
        Pipeline measuring = new Pipeline(gazetteer, new Budget(8L * 1024 * 1024, Duration.ofSeconds(60)));
        Pipeline budgeted = new Pipeline(gazetteer, Budget.DEFAULT);
        boolean ok = true;
        Files.createDirectories(work);
        time(measuring, work.resolve("warmup.txt"), repeat(corpus, 20_000));
        out.printf(Locale.ROOT, "%-18s %9s %9s %9s %9s %7s  %s%n", "shape", "s bytes", "t(s) ms", "4s bytes", "t(4s) ms", "ratio", "verdict");
        for (Shape shape : shapes(corpus)) {
            Timed a = time(measuring, work.resolve("s.txt"), shape.text().apply(shape.small()));
            Timed b = time(measuring, work.resolve("4s.txt"), shape.text().apply(4 * shape.small()));
            double ratio = b.millis() / Math.max(a.millis(), 1.0);
            boolean pass = ratio <= MAX_RATIO && a.outcome().equals("converted") && b.outcome().equals("converted");
            ok &= pass;
            out.printf(Locale.ROOT, "%-18s %9d %9.0f %9d %9.0f %7.2f  %s%s%n", shape.name(), a.bytes(), a.millis(), b.bytes(), b.millis(), ratio,
                    pass ? "linear" : "NOT linear", b.outcome().equals("converted") ? "" : " (" + b.outcome() + ")");
        }
        long limit = WITHIN.toMillis();
        for (Shape shape : shapes(corpus)) {
            Timed t = time(budgeted, work.resolve("2mb.txt"), shape.text().apply(TWO_MB));
            boolean pass = t.millis() <= limit;
            ok &= pass;
            out.printf(Locale.ROOT, "2 MB %-18s %9d bytes in %6.0f ms: %s; %s%n", shape.name(), t.bytes(), t.millis(), t.outcome(),
                    pass ? "within the budget" : "OVER the budget");
        }
        return ok;
    }

    private record Timed(long bytes, double millis, String outcome) {
    }

    private static Timed time(Pipeline p, Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        String outcome;
        try {
            p.process(file);
            outcome = "converted";
        } catch (ArticleException | ExtractionException e) {
            outcome = e.getMessage().replace(file.toString() + ": ", "");
        }
        return new Timed(Files.size(file), (System.nanoTime() - t0) / 1e6, outcome);
    }
}
