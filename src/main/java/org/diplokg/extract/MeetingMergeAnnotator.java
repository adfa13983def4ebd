package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;

/**
 * One meeting per gathering: the meeting a transcript records comes first; then frames in order join an earlier frame with the same status and
 * parties unless level, people, place, date or gathering disagree, or the text marks the later
 * one as a separate meeting ("another", "a separate bilateral", each stop of a tour).
 */
final class MeetingMergeAnnotator implements Annotator {
    @Override
    public String name() {
        return "merge";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TranscriptAnnotator.SCENE, MeetingLayers.FRAMES);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.MERGED);
    }

    @Override
    public void annotate(Document doc) {
        List<Draft> merged = new ArrayList<>();
        for (Draft c : doc.get(TranscriptAnnotator.SCENE)) merge(merged, c);
        for (Draft c : doc.get(MeetingLayers.FRAMES)) merge(merged, c);
        doc.put(MeetingLayers.MERGED, List.copyOf(merged));
    }

    /** How many of the latest meetings a report may join: a bounded window keeps merging linear in a long text. */
    static final int REACH = 64;

    static void merge(List<Draft> drafts, Draft c) {
        if (!c.separate) {
            for (Draft d : drafts.subList(Math.max(0, drafts.size() - REACH), drafts.size())) {
                if (d.status == c.status && d.parties.keySet().equals(c.parties.keySet()) && d.compatible(c)) {
                    d.absorb(c);
                    return;
                }
            }
        }
        drafts.add(c);
    }
}
