package org.diplokg.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplokg.lang.TextSpan;

/**
 * One news article as read from disk: the full text (offsets of every later stage point into it)
 * and the regions of it that carry prose rather than scraping residue.
 *
 * @param id        the file's base name; also {@code dcterms:identifier} of the article
 * @param title     explicit title from the sidecar, else the first non-blank line
 * @param text      the whole file as read, with line ends normalised to {@code \n}
 * @param source    source URL, if the sidecar gives one
 * @param published publication date, if known; anchors relative dates
 * @param file      where it came from, for error messages
 * @param content   the prose regions of {@code text}, in order; junk lines are left out
 */
public record Article(String id, String title, String text, Optional<String> source,
                      Optional<LocalDate> published, Path file, List<TextSpan> content) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? Optional.empty() : source;
        published = published == null ? Optional.empty() : published;
        content = List.copyOf(content);
    }

    /** The covered text of a span of this article. */
    public String cover(TextSpan span) {
        return text.substring(span.begin(), span.end());
    }
}
