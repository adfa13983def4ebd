package org.diplokg.extract;

import java.util.List;
import java.util.Optional;

import org.diplokg.extract.annotate.Layer;

/** The layers of meeting extraction, beside the language layers of {@link org.diplokg.extract.annotate.TextLayers}. */
final class MeetingLayers {
    /** For each sentence (same index), the gazetteer's mentions in it. */
    static final Layer<List<List<org.diplokg.extract.gazetteer.Mention>>> MENTIONS = Layer.of("mentions", List.class);
    /** The state that issued the text, if it shows one. */
    static final Layer<Optional<org.diplokg.extract.gazetteer.Entity>> HOME_STATE = Layer.of("home-state", Optional.class);
    /** People named in the article and the states of each sentence. */
    static final Layer<Background> BACKGROUND = Layer.of("background", Background.class);
    /** Meeting frames, one per report of a meeting in a clause, not yet merged. */
    static final Layer<List<Draft>> FRAMES = Layer.of("frames", List.class);
    /** Frames of one meeting merged, one draft per meeting. */
    static final Layer<List<Draft>> MERGED = Layer.of("merged", List.class);
    /** The merged drafts, with the people their own sentences name for their parties. */
    static final Layer<List<Draft>> PEOPLED = Layer.of("peopled", List.class);
    /** The merged drafts, with places from the narrative and the dateline where their own sentences give none. */
    static final Layer<List<Draft>> PLACED = Layer.of("placed", List.class);
    /** The article's meetings, frozen from the merged drafts. */
    static final Layer<List<Meeting>> MEETINGS = Layer.of("meetings", List.class);

    private MeetingLayers() {
    }
}
