package org.diplokg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.rules.ActorRules;
import org.diplokg.extract.rules.Dateline;

/**
 * Places for meetings whose own sentences name none. A narrative keeps its setting as it keeps
 * its time: the meeting takes the latest venue named earlier in its paragraph ("Estonia's Foreign
 * Minister, who is paying an official visit to Yerevan. The meeting ..."). A held meeting still
 * without one takes the place of the dateline ("January 20, 2022 - Paris, France -"). Either way
 * the place must lie in the territory of one of the meeting's states, so that a trip announced
 * from a capital is not set there. A held meeting still without a place takes the one venue in its states that
 * the article names, or the one capital among several.
 */
final class MeetingPlaceAnnotator implements Annotator {
    private final ActorRules actorRules;
    private final Gazetteer gazetteer;

    MeetingPlaceAnnotator(ActorRules actorRules, Gazetteer gazetteer) {
        this.actorRules = actorRules;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "place";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES, MeetingLayers.MENTIONS, MeetingLayers.PEOPLED);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.PLACED);
    }

    @Override
    public void annotate(Document doc) {
        Article a = doc.article();
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        List<List<Mention>> mentions = doc.get(MeetingLayers.MENTIONS);
        List<Draft> drafts = doc.get(MeetingLayers.PEOPLED);
        Venues venues = new Venues(a, sentences, mentions);
        Optional<PlaceRef> dateline = Optional.empty();
        boolean datelineRead = false;
        // a venue the text gives as another meeting's own is that meeting's
        Set<String> taken = new java.util.HashSet<>();
        drafts.stream().filter(d -> d.place != null).forEach(d -> d.place.entity().ifPresent(e -> taken.add(e.iri())));
        for (Draft d : drafts) {
            if (d.place != null || d.evidence.isEmpty() || d.recalled) continue;
            d.place = narrative(sentences, venues, d).orElse(null);
            if (d.place == null && d.status == MeetingStatus.HELD) {
                if (!datelineRead) {
                    dateline = dateline(a, sentences, mentions);
                    datelineRead = true;
                }
                dateline.filter(p -> within(p.entity().get(), d)).ifPresent(p -> d.place = p);
            }
            if (d.place == null && d.status == MeetingStatus.HELD) d.place = only(venues.all(), d, taken).orElse(null);
        }
        for (Draft d : drafts) {
            // "at the Kremlin", "in the White House": a seat of government has no checked identifier of its own; the
            // meeting took place in the capital it stands in, which has
            if (d.place == null || d.place.entity().isEmpty() || d.place.entity().get().qid().isPresent()) continue;
            Optional<Entity> city = gazetteer.cityOfSeat(d.place.entity().get().iri());
            if (city.isPresent()) d.place = new PlaceRef(city.get().label(), city, d.place.convenor(), d.place.evidence());
        }
        doc.put(MeetingLayers.PLACED, drafts);
    }

    /** The latest venue in a state of the meeting, named in its paragraph before its first sentence. */
    private static Optional<PlaceRef> narrative(List<Sentence> sentences, Venues venues, Draft d) {
        for (int k : Sentences.earlierInParagraph(sentences, d.firstSentence().begin())) {
            List<PlaceRef> in = venues.of(k);
            for (int v = in.size() - 1; v >= 0; v--) {
                if (within(in.get(v).entity().get(), d)) return Optional.of(in.get(v));
            }
        }
        return Optional.empty();
    }

    /** The venues of each sentence, each sentence read once and only when asked for (a reading costs). */
    private final class Venues {
        private final Article a;
        private final List<Sentence> sentences;
        private final List<List<Mention>> mentions;
        private final List<List<PlaceRef>> bySentence;

        Venues(Article a, List<Sentence> sentences, List<List<Mention>> mentions) {
            this.a = a;
            this.sentences = sentences;
            this.mentions = mentions;
            this.bySentence = new java.util.ArrayList<>(java.util.Collections.nCopies(sentences.size(), (List<PlaceRef>) null));
        }

        /** The venues sentence {@code k} names, in text order. */
        List<PlaceRef> of(int k) {
            List<PlaceRef> out = bySentence.get(k);
            if (out != null) return out;
            out = new java.util.ArrayList<>();
            if (namesPlace(mentions.get(k))) {
                TextSpan s = sentences.get(k).span();
                for (ActorRules.Venue v : actorRules.read(a.text(), s, s, mentions.get(k), List.of(), List.of(), Optional.empty()).venues()) {
                    out.add(new PlaceRef(v.place().label(), Optional.of(v.place()), Optional.empty(), List.of(new EvidenceSpan(v.span(), s))));
                }
            }
            bySentence.set(k, out);
            return out;
        }

        /** Every venue the article names, in text order. */
        List<PlaceRef> all() {
            List<PlaceRef> out = new java.util.ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) out.addAll(of(k));
            return out;
        }
    }

    /**
     * The one place in the meeting's states that the article names as a venue and is no other
     * meeting's. A meeting of governments is held where they govern unless the text says
     * otherwise: when the article names a capital of the meeting's states, only a capital is
     * taken, the one among several venues ("in New York and Washington, D.C."), and a side trip
     * ("across Adelaide, Canberra and Perth") is not.
     */
    private Optional<PlaceRef> only(List<PlaceRef> venues, Draft d, Set<String> taken) {
        List<PlaceRef> within = venues.stream().filter(p -> within(p.entity().get(), d)).toList();
        List<PlaceRef> free = within.stream().filter(p -> !taken.contains(p.entity().get().iri())).toList();
        if (within.stream().noneMatch(p -> gazetteer.seatOfGovernment(p.entity().get()))) {
            return distinct(free) == 1 ? Optional.of(free.get(0)) : Optional.empty();
        }
        List<PlaceRef> seats = free.stream().filter(p -> gazetteer.seatOfGovernment(p.entity().get())).toList();
        return distinct(seats) == 1 ? Optional.of(seats.get(0)) : Optional.empty();
    }

    private static long distinct(List<PlaceRef> places) {
        return places.stream().map(p -> p.entity().get().iri()).distinct().count();
    }

    /** The place of the article's dateline, if its opening lines have one. */
    private static Optional<PlaceRef> dateline(Article a, List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int k = 0; k < sentences.size() && k < Dateline.OPENING_SENTENCES; k++) {
            TextSpan s = sentences.get(k).span();
            Optional<TextSpan> head = Dateline.head(a.text(), s);
            if (head.isEmpty()) continue;
            for (Mention m : mentions.get(k)) {
                if (!head.get().contains(m.span())) continue;
                Optional<Entity> place = m.first(org.diplokg.extract.gazetteer.EntityKind.PLACE, org.diplokg.extract.gazetteer.NameRole.NAME);
                if (place.isPresent()) {
                    return Optional.of(new PlaceRef(place.get().label(), place, Optional.empty(), List.of(new EvidenceSpan(m.span(), s))));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a sentence names a place at all: only then is it read for venues, which costs a reading of the sentence. */
    private static boolean namesPlace(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.has(org.diplokg.extract.gazetteer.EntityKind.PLACE, org.diplokg.extract.gazetteer.NameRole.NAME)) return true;
        }
        return false;
    }

    private static boolean within(Entity place, Draft d) {
        return place.country().map(d.parties::containsKey).orElse(false);
    }
}
