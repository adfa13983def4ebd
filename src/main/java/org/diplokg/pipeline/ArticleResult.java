package org.diplokg.pipeline;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.diplokg.article.Article;
import org.diplokg.link.LinkedMeeting;

/** One article taken through extraction, linking and mapping; {@code graph} holds its triples only. */
public record ArticleResult(Article article, List<LinkedMeeting> meetings, Graph graph) {
    public ArticleResult {
        meetings = List.copyOf(meetings);
    }

    /** This article alone, resolved: its graph plus the meetings its reports are of, as if no other article existed. */
    public Graph resolved() {
        return new Batch(List.of(this), List.of()).union();
    }
}
