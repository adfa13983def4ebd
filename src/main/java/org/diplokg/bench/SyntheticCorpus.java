package org.diplokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.article.Article;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.extract.gazetteer.Sense;
import org.diplokg.pipeline.Progress;

/**
 * A deterministic corpus of any size made from template articles (the bundled ones and those of
 * the tests): article {@code i} is template {@code i mod T} with some of its states, people and
 * places swapped for others the gazetteer knows (a state's name and demonym together), and its
 * dates (the sidecar's {@code published} and the full dates in the text) moved back by the same
 * number of days. The same templates, gazetteer and {@code n} give the same bytes.
 */
public final class SyntheticCorpus {
    /** The template folders {@code bench --synthetic} uses when given none, relative to the project root. */
    public static final List<Path> DEFAULT_TEMPLATES = List.of(Path.of("data", "articles"),
            Path.of("src", "test", "resources", "corpus", "events", "articles"),
            Path.of("src", "test", "resources", "corpus", "real", "dev", "articles"),
            Path.of("src", "test", "resources", "corpus", "real", "validation", "articles"));

    private static final LocalDate DEFAULT_PUBLISHED = LocalDate.of(2025, 6, 1);
    private static final int MAX_SHIFT_DAYS = 3650;
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");
    private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** A template article with the gazetteer mentions found in its text and title. */
    private record Template(Article article, List<Mention> inText, List<Mention> inTitle) {
    }

    /** How an entity is written, by role, as the templates or the gazetteer's labels show it. */
    private record Swappable(String iri, Map<NameRole, String> surfaces) {
    }

    private final Gazetteer gazetteer;
    private final List<Template> templates = new ArrayList<>();
    private final Map<EntityKind, List<Swappable>> pools = new TreeMap<>();

    public SyntheticCorpus(Gazetteer gazetteer, List<Path> templateFiles) throws ArticleException {
        if (templateFiles.isEmpty()) throw new IllegalArgumentException("no template articles");
        this.gazetteer = gazetteer;
        ArticleReader reader = new ArticleReader();
        Map<String, Map<NameRole, String>> seen = new TreeMap<>();
        for (Path f : templateFiles) {
            Article a = reader.read(f);
            Template t = new Template(a, gazetteer.find(a.text(), 0, a.text().length()), gazetteer.find(a.title(), 0, a.title().length()));
            templates.add(t);
            for (Mention m : t.inText()) {
                Sense s = swappable(m);
                if (s != null) seen.computeIfAbsent(s.entity().iri(), k -> new TreeMap<>()).putIfAbsent(s.role(), m.text());
            }
        }
        for (Map.Entry<String, Map<NameRole, String>> e : seen.entrySet()) {
            Entity entity = gazetteer.entity(e.getKey()).orElseThrow();
            // a state is swapped only for one whose name and demonym are both known, so "the Japanese minister" follows "Japan"
            if (entity.kind() == EntityKind.STATE && !e.getValue().containsKey(NameRole.DEMONYM)) continue;
            if (!e.getValue().containsKey(NameRole.NAME)) continue;
            pools.computeIfAbsent(entity.kind(), k -> new ArrayList<>()).add(new Swappable(e.getKey(), e.getValue()));
        }
        // people and places also from the gazetteer's labels, when the label is found again as that entity
        TreeSet<String> inPools = new TreeSet<>(seen.keySet());
        for (Entity e : gazetteer.entities()) {
            if ((e.kind() != EntityKind.PERSON && e.kind() != EntityKind.PLACE) || inPools.contains(e.iri())) continue;
            List<Mention> found = gazetteer.find(e.label(), 0, e.label().length());
            if (found.size() == 1 && found.get(0).text().equals(e.label())
                    && found.get(0).senses().stream().anyMatch(s -> s.entity().iri().equals(e.iri()) && s.role() == NameRole.NAME)
                    && found.get(0).senses().size() == 1) {
                pools.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(new Swappable(e.iri(), Map.of(NameRole.NAME, e.label())));
            }
        }
    }

    /** The {@code *.txt} files of the template folders that exist. */
    public static List<Path> templateFiles(List<Path> folders) throws ArticleException {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        return ArticleReader.expand(existing);
    }

    /** How many entities of each kind may be swapped in. */
    public Map<EntityKind, Integer> poolSizes() {
        Map<EntityKind, Integer> out = new TreeMap<>();
        pools.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    public int templateCount() {
        return templates.size();
    }

    /** The name of article {@code i} (from 0): {@code syn-000042}, so listing order is generation order. */
    public static String articleId(int i) {
        return String.format(Locale.ROOT, "syn-%06d", i);
    }

    /** Writes articles {@code 0..n-1} (text and sidecar) into {@code dir}; returns the article files in order. */
    public List<Path> write(int n, Path dir, Progress progress) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Variant v = variant(i);
            Path txt = dir.resolve(articleId(i) + ArticleReader.TEXT_SUFFIX);
            Files.writeString(txt, v.text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(articleId(i) + ArticleReader.SIDECAR_SUFFIX), v.sidecar(), StandardCharsets.UTF_8);
            out.add(txt);
            if ((i + 1) % 500 == 0 || i + 1 == n) progress.step(i + 1, n, txt.getFileName().toString());
        }
        return out;
    }

    /** One generated article: its text and its sidecar's text. */
    public record Variant(String text, String sidecar) {
    }

    /** Article {@code i}: a function of the templates, the gazetteer and {@code i} only. */
    public Variant variant(int i) {
        Template t = templates.get(i % templates.size());
        SplittableRandom rnd = new SplittableRandom(0x5eed_d1b1L * 31 + i);
        Map<String, Swappable> swaps = new HashMap<>();
        // entities in the order the text names them, so the draws do not depend on hash order
        for (Mention m : t.inText()) {
            Sense s = swappable(m);
            if (s == null || swaps.containsKey(s.entity().iri())) continue;
            List<Swappable> pool = pools.getOrDefault(s.entity().kind(), List.of());
            Swappable to = null;
            if (i >= templates.size() && !pool.isEmpty() && rnd.nextInt(2) == 0) to = pool.get(rnd.nextInt(pool.size()));
            swaps.put(s.entity().iri(), to);
        }
        int shift = i < templates.size() ? 0 : rnd.nextInt(MAX_SHIFT_DAYS);
        String text = shiftDates(replace(t.article().text(), t.inText(), swaps), shift);
        String title = shiftDates(replace(t.article().title(), t.inTitle(), swaps), shift);
        LocalDate published = t.article().published().orElse(DEFAULT_PUBLISHED).minusDays(shift);
        StringBuilder side = new StringBuilder();
        side.append("title=").append(escape(title.strip())).append('\n');
        side.append("source=").append(escape("https://example.org/diplokg-synthetic/" + articleId(i))).append('\n');
        side.append("published=").append(published).append('\n');
        return new Variant(text, side.toString());
    }

    /** The sense a mention may be swapped by: the name or demonym of a state, person or place, and only that. */
    private static Sense swappable(Mention m) {
        if (m.senses().size() != 1) return null;
        Sense s = m.senses().get(0);
        EntityKind k = s.entity().kind();
        boolean kind = k == EntityKind.STATE || k == EntityKind.PERSON || k == EntityKind.PLACE;
        boolean role = s.role() == NameRole.NAME || (k == EntityKind.STATE && s.role() == NameRole.DEMONYM);
        return kind && role ? s : null;
    }

    private static String replace(String text, List<Mention> mentions, Map<String, Swappable> swaps) {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Mention m : mentions) {
            Sense s = swappable(m);
            if (s == null) continue;
            Swappable to = swaps.get(s.entity().iri());
            if (to == null || !to.surfaces().containsKey(s.role())) continue;
            sb.append(text, at, m.span().begin()).append(to.surfaces().get(s.role()));
            at = m.span().end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    static String shiftDates(String text, int days) {
        if (days == 0) return text;
        String out = shift(text, MONTH_DAY_YEAR, days, m -> m.group(1) + " " + m.group(2) + ", " + m.group(3), MDY);
        return shift(out, DAY_MONTH_YEAR, days, m -> m.group(1) + " " + m.group(2) + " " + m.group(3), DMY);
    }

    private static String shift(String text, Pattern p, int days, java.util.function.Function<Matcher, String> normal,
                                DateTimeFormatter f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String moved;
            try {
                moved = LocalDate.parse(normal.apply(m), f).minusDays(days).format(f);
            } catch (DateTimeParseException e) {
                moved = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(moved));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A properties value on one line: backslashes doubled, line breaks as spaces, non-ASCII as written (the reader decodes UTF-8). */
    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace('\n', ' ').replace('\r', ' ');
    }
}
