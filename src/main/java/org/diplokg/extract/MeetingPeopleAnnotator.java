package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.rules.KnownPerson;
import org.diplokg.lang.TextSpan;

/**
 * People a report names for a meeting's parties outside the clause the meeting was read from. A
 * frame reads the parties around its trigger, but a report lists its participants wherever it
 * likes: "Theresa May and Prime Minister Paolo Gentiloni gave statements ... following their
 * Downing Street meeting", "Taking part in the talks on Russia's side were ... Foreign Minister
 * Sergei Lavrov", or a headline and an opening paragraph before the meeting is told. Only people
 * the gazetteer knows, for a party that names nobody else (a party with its own named speaker
 * mentions its president, "conveyed President Biden's greetings", without him):
 * <ul>
 * <li>people named in the meeting's own sentences;
 * <li>else the one person of the party's state, of the meeting's level, that the text names near
 *     the meeting (its paragraphs and the ones beside them) or, for the first meetings the text
 *     tells (the first and those told in its sentences), anywhere.
 * </ul>
 */
final class MeetingPeopleAnnotator implements Annotator {
    /** The people the whole article names, and the merged meetings. */
    private static final Set<Layer<?>> READS = Set.of(MeetingLayers.BACKGROUND, MeetingLayers.MERGED);
    /** The same meetings with the people found for their parties. */
    private static final Set<Layer<?>> ADDS = Set.of(MeetingLayers.PEOPLED);

    @Override
    public void annotate(Document doc) {
        List<KnownPerson> known = doc.get(MeetingLayers.BACKGROUND).known().stream()
                .filter(k -> k.state().isPresent() && k.ref().named() && !k.ref().candidates().isEmpty()).toList();
        List<TextSpan> lines = doc.article().content();
        List<Draft> drafts = doc.get(MeetingLayers.MERGED);
        // the text's first meeting, and any told in its sentences ("will visit Malaysia and Viet Nam"), may take people from anywhere
        List<TextSpan> lead = drafts.isEmpty() ? List.of() : sentencesOf(drafts.get(0));
        for (Draft d : drafts) {
            List<TextSpan> sentences = sentencesOf(d);
            for (KnownPerson k : known) {
                Draft.PartyDraft party = d.parties.get(k.state().get().iri());
                if (party != null && unnamed(party) && within(sentences, k.offset())) party.addPerson(k.ref());
            }
            List<TextSpan> near = sentences.stream().anyMatch(lead::contains) ? lines : neighbourhood(lines, sentences);
            Optional<MeetingLevel> level = d.level();
            for (Draft.PartyDraft party : d.parties.values()) {
                if (!unnamed(party)) continue;
                List<KnownPerson> ofState = known.stream()
                        .filter(k -> k.state().get().iri().equals(party.state.iri()) && within(near, k.offset())
                                && (level.isEmpty() || k.level().isEmpty() || k.level().equals(level))).toList();
                if (ofState.stream().map(k -> k.ref().candidates().get(0).iri()).distinct().count() == 1) {
                    party.addPerson(ofState.get(0).ref());
                }
            }
        }
        doc.put(MeetingLayers.PEOPLED, drafts);
    }

    @Override
    public Set<Layer<?>> requires() {
        return READS;
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return ADDS;
    }

    @Override
    public String name() {
        return "people";
    }

    private static List<TextSpan> sentencesOf(Draft d) {
        return d.evidence.stream().map(EvidenceSpan::sentence).distinct().toList();
    }

    private static boolean unnamed(Draft.PartyDraft party) {
        return party.people.stream().noneMatch(PersonRef::named);
    }

    private static boolean within(List<TextSpan> spans, int offset) {
        return spans.stream().anyMatch(s -> s.begin() <= offset && offset < s.end());
    }

    /** The lines (paragraphs) of the sentences, with the line before and the line after each. */
    private static List<TextSpan> neighbourhood(List<TextSpan> lines, List<TextSpan> sentences) {
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextSpan line = lines.get(i);
            if (sentences.stream().noneMatch(s -> line.begin() <= s.begin() && s.begin() < line.end())) continue;
            for (int j = Math.max(0, i - 1); j <= Math.min(lines.size() - 1, i + 1); j++) {
                if (!out.contains(lines.get(j))) out.add(lines.get(j));
            }
        }
        return out;
    }
}
