package org.diplokg.extract;

import java.util.Set;

import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.rules.HomeState;

/** The state whose government speaks in the text (see {@link HomeState}). */
final class HomeStateAnnotator implements Annotator {
    private final HomeState home;

    HomeStateAnnotator(HomeState home) {
        this.home = home;
    }

    @Override
    public String name() {
        return "home-state";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.HOME_STATE);
    }

    @Override
    public void annotate(Document doc) {
        doc.put(MeetingLayers.HOME_STATE, home.of(doc.article()));
    }
}
