package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplokg.extract.annotate.AnnotationFailure;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.rules.Actor;
import org.diplokg.extract.rules.ActorRules;
import org.diplokg.extract.rules.KnownPerson;

/**
 * A first reading of every sentence: the people the article names with their states, and the
 * states each sentence names. A person named without a state beside a visitor of known state
 * in the capital of another state is one of the hosts ("... later called on Prime Minister Narendra
 * Modi" in New Delhi), unless the visitors are others and the speaking government is not among them.
 */
final class BackgroundAnnotator implements Annotator {
    private final Gazetteer gazetteer;
    private final ActorRules actorRules;

    BackgroundAnnotator(Gazetteer gazetteer, ActorRules actorRules) {
        this.gazetteer = gazetteer;
        this.actorRules = actorRules;
    }

    @Override
    public String name() {
        return "background";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES, MeetingLayers.MENTIONS, MeetingLayers.HOME_STATE);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.BACKGROUND);
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.article().text();
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        List<List<Mention>> mentions = doc.get(MeetingLayers.MENTIONS);
        List<KnownPerson> known = new ArrayList<>();
        List<List<Entity>> salience = new ArrayList<>();
        Optional<Entity> home = doc.get(MeetingLayers.HOME_STATE);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            try {
                salience.add(read(text, s, mentions.get(i), known, doc.article().published(), home));
            } catch (RuntimeException e) {
                throw new AnnotationFailure(name(), s.span().begin(), e);
            }
        }
        known.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        doc.put(MeetingLayers.BACKGROUND, new Background(known, salience));
    }

    private List<Entity> read(String text, Sentence s, List<Mention> mentions, List<KnownPerson> known, Optional<java.time.LocalDate> published,
                              Optional<Entity> home) {
        // people named by title and surname are read as of the day of publication
        ActorRules.Reading r = actorRules.read(text, s.span(), s.span(), mentions, List.of(), known, published);
        Set<Entity> states = new LinkedHashSet<>();
        for (Actor act : r.actors()) {
            states.add(act.state());
            act.person().filter(PersonRef::named).ifPresent(p -> known.add(new KnownPerson(
                    p.evidence().get(0).span().begin(), p, Optional.of(act.state()), act.level())));
        }
        Set<String> venueStates = new LinkedHashSet<>();
        r.venues().stream().filter(v -> gazetteer.seatOfGovernment(v.place())).forEach(v -> v.place().country().ifPresent(venueStates::add));
        long namedStateless = r.stateless().stream().filter(PersonRef::named).count();
        // a visitor of known state meets locals: they belong to the venue's state; but when the speaking government is not
        // among the states named, the person without one is more likely its own ("Foreign Minister Roberto Ampuero met the
        // foreign ministers of Argentina and Brazil in Lima", from Chile's ministry)
        boolean ownSideUnnamed = home.isPresent() && !states.contains(home.get());
        if (venueStates.size() == 1 && !states.isEmpty() && namedStateless >= 1 && !ownSideUnnamed) {
            Optional<Entity> host = gazetteer.entity(venueStates.iterator().next());
            if (host.isPresent() && !states.contains(host.get())) {
                for (PersonRef p : r.stateless()) {
                    if (p.named()) known.add(new KnownPerson(p.evidence().get(0).span().begin(), p, host, p.office().flatMap(Entity::level)));
                }
            }
        }
        return List.copyOf(states);
    }
}
