package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.rules.Actor;
import org.diplokg.extract.rules.ActorRules;
import org.diplokg.extract.rules.KnownPerson;
import org.diplokg.lang.Lexicon;

/**
 * The meeting a transcript records. Remarks at talks rarely say who meets whom: the speakers
 * greet each other ("Mr Putin, allow me to welcome you to Tashkent") and the title names the
 * occasion ("Meeting with President of Uzbekistan ..."). When a text has speaker labels, its
 * opening or title shows a face-to-face meeting, and the speakers, the title and the greeting
 * name at least two states, the transcript itself reports one held meeting of them.
 */
final class TranscriptAnnotator implements Annotator {
    /** How many sentences after the first speaker's label are read for a greeting. */
    private static final int OPENING = 8;
    /** A speaker's label is short: "President of Egypt Abdel Fattah el-Sisi (retranslated)". */
    private static final int LABEL_CHARS = 100;
    private static final int LABEL_WORDS = 12;

    /** The meetings a transcript records: at most one, held, before the frames read from its sentences. */
    static final Layer<List<Draft>> SCENE = Layer.of("transcript-scene", List.class);

    private static final Pattern CUES = Lexicon.anyOf(Lexicon.words("en/scene-cues.txt"));
    private static final Pattern TITLE_CUES = Lexicon.anyOf(Lexicon.words("en/scene-titles.txt"));
    private static final Set<String> LABEL_JOINERS = Set.copyOf(Lexicon.words("en/name-joiners.txt"));

    private final Gazetteer gazetteer;
    private final ActorRules actors;

    TranscriptAnnotator(Gazetteer gazetteer, ActorRules actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "transcript";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES, MeetingLayers.MENTIONS, MeetingLayers.HOME_STATE, MeetingLayers.BACKGROUND);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(SCENE);
    }

    @Override
    public void annotate(Document doc) {
        doc.put(SCENE, scene(doc).map(List::of).orElse(List.of()));
    }

    private Optional<Draft> scene(Document doc) {
        Article a = doc.article();
        Background bg = doc.get(MeetingLayers.BACKGROUND);
        List<TextSpan> labels = new ArrayList<>();
        Map<String, Actor> parties = new LinkedHashMap<>();
        for (TextSpan line : a.content()) {
            Optional<TextSpan> label = label(a, line);
            if (label.isEmpty()) continue;
            labels.add(label.get());
            for (Actor act : read(a.cover(label.get()), label.get().begin(), line, bg.known(), a)) {
                // "Nigeria: Secretary Blinken's Meeting ..." is a heading, not a speaker: a speaker is a person or a title
                if (act.person().isPresent() || act.level().isPresent()) parties.putIfAbsent(act.state().iri(), act);
            }
        }
        if (labels.isEmpty() || parties.isEmpty()) return Optional.empty();

        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        List<List<Mention>> mentions = doc.get(MeetingLayers.MENTIONS);
        int first = 0;
        while (first < sentences.size() && sentences.get(first).span().end() <= labels.get(0).begin()) first++;
        Sentence cue = null;
        int cueIndex = -1;
        for (int i = first; i < Math.min(sentences.size(), first + OPENING); i++) {
            if (CUES.matcher(a.cover(sentences.get(i).span())).find()) {
                cue = sentences.get(i);
                cueIndex = i;
                break;
            }
        }
        boolean titled = TITLE_CUES.matcher(a.title()).find();
        if (cue == null && !titled) return Optional.empty();

        TextSpan at = cue != null ? cue.span() : sentences.isEmpty() ? labels.get(0) : sentences.get(first).span();
        EvidenceSpan ev = new EvidenceSpan(at, cue != null ? cue.span() : at);
        if (titled) {
            for (Actor act : read(a.title(), -1, at, bg.known(), a)) parties.putIfAbsent(act.state().iri(), withEvidence(act, ev));
        }
        if (cue != null) {
            ActorRules.Reading r = actors.read(a.text(), cue.span(), cue.span(), mentions.get(cueIndex), List.of(), bg.known(), Optional.empty());
            for (Actor act : r.actors()) parties.putIfAbsent(act.state().iri(), act);
        }
        if (parties.size() < 2 && cue != null) {
            // "I would like to once again thank my US counterpart for the proposal to come to Alaska": the
            // visitor named in the opening remarks when neither label nor title names them
            for (int i = first; i < Math.min(sentences.size(), first + OPENING) && parties.size() < 2; i++) {
                ActorRules.Reading r = actors.read(a.text(), sentences.get(i).span(), sentences.get(i).span(), mentions.get(i), List.of(), bg.known(), Optional.empty());
                for (Actor act : r.actors()) parties.putIfAbsent(act.state().iri(), act);
            }
        }
        doc.get(MeetingLayers.HOME_STATE).ifPresent(h ->
                parties.putIfAbsent(h.iri(), new Actor(h, Optional.empty(), Optional.empty(), List.of(ev))));
        for (int i = 0; i < first && parties.size() < 2; i++) {
            // "Itamaraty Palace / Brasilia, Brazil / PRESIDENT TEMER: ...": the state of the venue line above the first
            // speaker hosts the meeting the transcript records
            for (Mention m : mentions.get(i)) {
                Optional<Entity> st = m.first(EntityKind.STATE, NameRole.NAME);
                if (st.isPresent() && !parties.containsKey(st.get().iri())) {
                    parties.put(st.get().iri(), new Actor(st.get(), Optional.empty(), Optional.empty(),
                            List.of(new EvidenceSpan(m.span(), sentences.get(i).span()))));
                    break;
                }
            }
        }
        if (parties.size() < 2) return Optional.empty();
        Draft d = new Draft(MeetingStatus.HELD);
        d.evidence.add(ev);
        parties.values().forEach(d::add);
        return Optional.of(d);
    }

    /** "PRESIDENT RUTO: Thank you ..." gives "PRESIDENT RUTO"; a sentence that happens to hold a colon gives nothing. */
    static Optional<TextSpan> label(Article a, TextSpan line) {
        String s = a.cover(line);
        int colon = s.indexOf(':');
        if (colon <= 0 || colon > LABEL_CHARS || colon == s.length() - 1) return Optional.empty();
        String head = s.substring(0, colon).replaceAll("\\([^)]*\\)", " ").strip();
        if (head.isEmpty() || !Character.isUpperCase(head.codePointAt(0))) return Optional.empty();
        String[] words = head.split("\\s+");
        if (words.length > LABEL_WORDS) return Optional.empty();
        for (String w : words) {
            String particle = w.contains("-") ? w.substring(0, w.indexOf('-')) : w;
            if (!Character.isUpperCase(w.codePointAt(0)) && !LABEL_JOINERS.contains(particle)) return Optional.empty();
        }
        return Optional.of(new TextSpan(line.begin(), line.begin() + colon));
    }

    /**
     * The states a label or title names, through people, titles and states. A label in capitals
     * ("SECRETARY BLINKEN") is read as "Secretary Blinken"; {@code offset} maps the read text
     * back to the article (-1: the title, whose evidence is {@code at}).
     */
    private List<Actor> read(String text, int offset, TextSpan at, List<KnownPerson> known, Article a) {
        String shown = capitals(text) ? titleCase(text) : text;
        TextSpan all = new TextSpan(0, shown.length());
        List<Mention> ms = gazetteer.find(shown, 0, shown.length());
        List<Actor> out = new ArrayList<>();
        for (Actor act : actors.read(shown, all, all, ms, List.of(), known, a.published()).actors()) {
            if (offset < 0) {
                out.add(act);
                continue;
            }
            List<EvidenceSpan> ev = act.evidence().stream()
                    .map(e -> new EvidenceSpan(shift(e.span(), offset), at)).toList();
            Optional<PersonRef> p = act.person().map(r -> new PersonRef(r.name(), r.candidates(), r.office(),
                    r.evidence().stream().map(e -> new EvidenceSpan(shift(e.span(), offset), at)).toList()));
            out.add(new Actor(act.state(), p, act.level(), ev));
        }
        return out;
    }

    private static Actor withEvidence(Actor act, EvidenceSpan ev) {
        Optional<PersonRef> p = act.person().map(r -> new PersonRef(r.name(), r.candidates(), r.office(), List.of(ev)));
        return new Actor(act.state(), p, act.level(), List.of(ev));
    }

    private static TextSpan shift(TextSpan s, int by) {
        return new TextSpan(s.begin() + by, s.end() + by);
    }

    private static boolean capitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Same length as {@code s}, so that offsets still point into the article. */
    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }
}
