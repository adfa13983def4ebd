package org.diplokg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;

/**
 * Every mention that did not end in a checked Wikidata link, one row per mention and kind, so a
 * curator can extend the gazetteer. Offsets count code points, as the published NIF spans do.
 */
public final class LinkReport {
    /** One mention; {@code begin} is -1 when the extractor gave no span. */
    public record Row(String articleId, int begin, int end, LinkIssue.Kind kind, String name, String mention,
                      String state, List<String> candidates) {
        public Row {
            candidates = List.copyOf(candidates);
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::articleId).thenComparingInt(Row::begin)
            .thenComparingInt(Row::end).thenComparing(Row::kind).thenComparing(Row::name)
            .thenComparing(r -> String.join(" ", r.candidates()));
    private final TreeSet<Row> rows = new TreeSet<>(ORDER);

    /** Adds the issues of one article's meetings; a mention in several meetings is listed once. */
    public void add(Article article, List<LinkedMeeting> meetings) {
        String text = article.text();
        for (LinkedMeeting lm : meetings) {
            for (LinkIssue i : lm.issues()) {
                TextSpan s = i.span();
                int b = s == null ? -1 : text.codePointCount(0, s.begin());
                int e = s == null ? -1 : text.codePointCount(0, s.end());
                String words = s == null ? "" : text.substring(s.begin(), s.end()).replaceAll("\\s+", " ");
                rows.add(new Row(i.articleId(), b, e, i.kind(), i.text(), words, i.stateLabel(), i.candidates()));
            }
        }
    }

    public List<Row> rows() {
        return new ArrayList<>(rows);
    }

    public static final List<String> HEADER = List.of("article", "begin", "end", "kind", "name", "mention", "state",
            "candidates");

    /** The cells of a row, in {@link #HEADER} order. */
    public static List<String> cells(Row r) {
        return List.of(r.articleId(), r.begin() < 0 ? "" : Integer.toString(r.begin()),
                r.end() < 0 ? "" : Integer.toString(r.end()), r.kind().name().toLowerCase(java.util.Locale.ROOT),
                r.name(), r.mention(), r.state(), String.join(" ", r.candidates()));
    }
}
