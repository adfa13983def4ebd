package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;

/** The gazetteer's names in each sentence: states, demonyms, capitals, people, titles, places, gatherings. */
final class MentionAnnotator implements Annotator {
    private final Gazetteer gazetteer;

    MentionAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.MENTIONS);
    }

    @Override
    public void annotate(Document doc) {
        List<List<Mention>> out = new ArrayList<>();
        for (Sentence s : doc.get(TextLayers.SENTENCES)) {
            out.add(List.copyOf(gazetteer.find(doc.article().text(), s.span().begin(), s.span().end())));
        }
        doc.put(MeetingLayers.MENTIONS, List.copyOf(out));
    }
}
