package org.diplokg.extract;

import java.util.List;

import org.diplokg.article.Article;

/** Finds the meetings an article reports: needs the article's prose regions, adds one {@link Meeting} per event. */
public interface MeetingExtractor {
    List<Meeting> extract(Article article) throws ExtractionException;
}
