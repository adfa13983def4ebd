package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.article.Article;
import org.diplokg.article.Boilerplate;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.rules.Dateline;
import org.diplokg.extract.rules.SentenceSplitter;

/**
 * Sentences of the article's prose lines. A heading line is one sentence; a wire dateline
 * ("BEIJING, March 14 (Xinhua) —") is left out, since its place and date are the report's.
 */
final class SentenceAnnotator implements Annotator {
    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(TextLayers.SENTENCES);
    }

    @Override
    public void annotate(Document doc) {
        Article a = doc.article();
        List<Sentence> out = new ArrayList<>();
        for (TextSpan line : a.content()) {
            boolean heading = Boilerplate.looksLikeHeading(a.cover(line), line.equals(a.content().get(0)));
            for (TextSpan s : heading ? List.of(line) : SentenceSplitter.split(a.text(), Dateline.afterWire(a.text(), line))) {
                out.add(new Sentence(s, line, heading));
            }
        }
        doc.put(TextLayers.SENTENCES, List.copyOf(out));
    }
}
