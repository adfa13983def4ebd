package org.diplokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.AnnotationFailure;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.annotate.Word;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.extract.rules.Actor;
import org.diplokg.extract.rules.ActorRules;
import org.diplokg.extract.rules.Clause;
import org.diplokg.extract.rules.ClauseSplitter;
import org.diplokg.extract.rules.CompoundNames;
import org.diplokg.extract.rules.DateRules;
import org.diplokg.extract.rules.FixedGroups;
import org.diplokg.extract.rules.FrameRules;
import org.diplokg.extract.rules.GatheringRules;
import org.diplokg.extract.rules.KnownPerson;
import org.diplokg.lang.Lexicon;
import org.diplokg.extract.rules.StatusRules;
import org.diplokg.extract.rules.TriggerRules;
import org.diplokg.extract.rules.WindowRules;
import org.diplokg.extract.status.StatusContext;
import org.diplokg.extract.status.StatusDecider;

/**
 * Reads meeting frames clause by clause: a meeting word, the parties named before the topic
 * starts, the status from the wording, place, gathering and date. A clause that only refers
 * back to a meeting ("The talks come as ...") adds evidence to it; a clause that reports a
 * meeting without naming its parties ("During the trilateral summit, ...") takes the states of
 * the last sentence that named two or more. Frames are not merged here: {@link MeetingMergeAnnotator} does that.
 */
final class MeetingFrameAnnotator implements Annotator {
    /** Rule: "I" and "we" speak for the state that issued the text. */
    private static final Set<String> FIRST_PERSON = lemmas("en/first-person.txt");
    /** Rule: the words of a visit or trip, after which the places listed are its hosts. */
    private static final Set<String> VISIT_WORD = lemmas("en/visit-words.txt");
    /** Rule: the words of a reception, whose host is the speaker's side when no subject is named. */
    private static final Set<String> RECEPTION_WORD = lemmas("en/reception-words.txt");
    /** Rule: a plural pronoun subject refers back to parties already named. */
    private static final Set<String> PLURAL_PRONOUN = lemmas("en/plural-pronouns.txt");
    /** Rule: in the talks of two a transcript records, "we" and "you" take in the other side too. */
    private static final Set<String> DIALOGUE_PRONOUN = lemmas("en/dialogue-pronouns.txt");

    private static Set<String> lemmas(String file) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Lexicon.words(file)) out.add(w.toLowerCase(java.util.Locale.ROOT));
        return Set.copyOf(out);
    }

    /** The first word of {@code s} inside {@code [from, to)} whose lemma is in {@code lemmas}, and of a part of speech in {@code pos}. */
    private static Optional<Word> firstWord(Sent s, int from, int to, Set<String> lemmas, Set<String> pos) {
        // the words are tagged on first use, which costs most of the extraction: a range that does not
        // even hold a lemma's letters ("visit" in "visited", "travel" in "travelling") is passed over untagged
        if (from < to && !s.holdsAny(from, to, lemmas)) return Optional.empty();
        // nor is a sentence none of whose tokens in the range could have such a lemma ("i" in "visit" above, but no "I")
        if (!s.all().mayHold(s.index(), from, to, lemmas, pos)) return Optional.empty();
        for (Word w : s.words().get()) {
            if (w.span().begin() >= from && w.span().end() <= to && pos.contains(w.headPos()) && lemmas.contains(w.headLemma())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static final Set<String> PRONOUN_POS = Set.of("PRON");
    private static final Set<String> VISIT_POS = Set.of("VERB", "NOUN");
    private static final Set<String> RECEPTION_POS = Set.of("VERB", "AUX");

    private final Gazetteer gazetteer;
    private final ActorRules actorRules;
    private final FixedGroups fixedGroups;
    private final StatusDecider statuses;

    MeetingFrameAnnotator(Gazetteer gazetteer, ActorRules actorRules) {
        this(gazetteer, actorRules, StatusDecider.RULES);
    }

    MeetingFrameAnnotator(Gazetteer gazetteer, ActorRules actorRules, StatusDecider statuses) {
        this.gazetteer = gazetteer;
        this.actorRules = actorRules;
        this.fixedGroups = new FixedGroups(gazetteer);
        this.statuses = statuses;
    }

    /** A sentence with its mentions, as the frame rules read it. */
    private record Sent(TextSpan span, TextSpan line, boolean heading, List<Mention> mentions,
                        org.diplokg.extract.annotate.Words all, int index, String text) {
        /** The words of this sentence, tagged when first asked for. */
        java.util.function.Supplier<List<Word>> words() {
            return () -> all.of(index);
        }

        /** True when {@code text[from, to)} holds one of {@code stems} as letters, in any case. */
        boolean holdsAny(int from, int to, Set<String> stems) {
            String range = text.substring(Math.max(0, from), Math.min(text.length(), to)).toLowerCase(java.util.Locale.ROOT);
            for (String stem : stems) {
                if (range.contains(stem)) return true;
            }
            return false;
        }
    }

    /** How many sentences back a pronoun's person is looked for: a bounded window keeps the search linear. */
    private static final int PRONOUN_REACH = 6;

    @Override
    public String name() {
        return "meeting-frames";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES, TextLayers.WORDS, MeetingLayers.MENTIONS, MeetingLayers.HOME_STATE, MeetingLayers.BACKGROUND,
                TranscriptAnnotator.SCENE);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.FRAMES);
    }

    @Override
    public void annotate(Document doc) {
        Article a = doc.article();
        List<Sentence> ss = doc.get(TextLayers.SENTENCES);
        List<List<Mention>> ms = doc.get(MeetingLayers.MENTIONS);
        org.diplokg.extract.annotate.Words ws = doc.get(TextLayers.WORDS);
        List<Sent> sentences = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            sentences.add(new Sent(ss.get(i).span(), ss.get(i).line(), ss.get(i).heading(), ms.get(i), ws, i, a.text()));
        }
        Background bg = doc.get(MeetingLayers.BACKGROUND);
        Optional<Entity> home = doc.get(MeetingLayers.HOME_STATE);
        List<Draft> drafts = new ArrayList<>();
        Set<String> named = namedStates(ms);
        Optional<Draft> talks = home.flatMap(h -> talksOfTwo(doc.get(TranscriptAnnotator.SCENE), h));
        for (int si = 0; si < sentences.size(); si++) {
            Sent s = sentences.get(si);
            if (s.heading()) continue;
            try {
                sentence(a, s, si, sentences, bg.salience(), bg.known(), drafts, home, talks, named);
            } catch (RuntimeException e) {
                throw new AnnotationFailure(name(), s.span().begin(), e);
            }
        }
        doc.put(MeetingLayers.FRAMES, List.copyOf(drafts));
    }

    private void sentence(Article a, Sent s, int si, List<Sent> sentences, List<List<Entity>> salience,
                          List<KnownPerson> known, List<Draft> drafts, Optional<Entity> home, Optional<Draft> talks,
                          Set<String> namedStates) {
        String text = a.text();
        String sentenceText = a.cover(s.span());
        List<Clause> clauses = ClauseSplitter.split(text, s.span());
        List<Actor> head = List.of();
        boolean earlierTrigger = false;
        int headTrigger = Integer.MAX_VALUE;
        int nextHeadTrigger = Integer.MAX_VALUE;
        for (int ci = 0; ci < clauses.size(); ci++) {
            Clause c = clauses.get(ci);
            String clauseText = a.cover(c.span());
            Optional<GatheringRules.Found> gathering = GatheringRules.find(text, c.span(), s.span(), s.mentions());
            List<TextSpan> excluded = new ArrayList<>();
            gathering.ifPresent(g -> excluded.add(g.covered()));
            s.mentions().stream().filter(m -> m.has(EntityKind.GATHERING, NameRole.NAME)).forEach(m -> excluded.add(m.span()));
            List<TextSpan> triggers = TriggerRules.find(text, c.span(), excluded);
            headTrigger = nextHeadTrigger;
            nextHeadTrigger = triggers.isEmpty() ? Integer.MAX_VALUE : triggers.get(0).begin();
            if (groupMeetings(a, s, c, clauseText, triggers, drafts)) {
                head = List.of();
                continue;
            }
            if (triggers.isEmpty()) {
                head = actorRules.read(text, s.span(), c.span(), s.mentions(), excluded, known, Optional.empty()).actors();
                continue;
            }
            if (StatusRules.NEGATED.test(clauseText) || TriggerRules.REMOTE_CONTACT.test(clauseText)) continue;
            TextSpan first = triggers.get(0);
            int cut = c.span().begin() + WindowRules.topicStart(clauseText, first.end() - c.span().begin());
            TextSpan firstWindow = trimmed(text, new TextSpan(c.span().begin(), Math.max(cut, first.end())));
            // only a visit to what names no state ("visited the Middle East") hands over: past a talk's topic, a meeting
            // word is the topic's ("discussed the negotiations between Iran and the United States")
            boolean visitFirst = triggers.size() > 1 && firstWord(s, first.begin(), first.end(), VISIT_WORD, VISIT_POS).isPresent();
            for (TextSpan later : visitFirst ? triggers : List.<TextSpan>of()) {
                if (later.begin() < firstWindow.end()) continue;
                // "I visited the Middle East, where I met with my counterparts from Saudi Arabia and Kuwait": a meeting word past
                // the topic, when the first names fewer than two states, carries the frame on to its own parties
                if (distinctStates(actorRules.read(text, s.span(), firstWindow, s.mentions(), excluded, known, Optional.empty()).actors()) >= 2) break;
                int laterCut = c.span().begin() + WindowRules.topicStart(clauseText, later.end() - c.span().begin());
                firstWindow = trimmed(text, new TextSpan(c.span().begin(), Math.max(laterCut, later.end())));
            }
            TextSpan window = firstWindow;
            String windowText = a.cover(window);
            // a cancellation may come after the topic ("A meeting ... that had been planned ... was called off")
            StringBuilder reported = new StringBuilder(clauseText);
            for (int k = ci + 1; k < clauses.size() && clauses.get(k).participialTail(); k++) {
                reported.append(' ').append(a.cover(clauses.get(k).span()));
            }
            MeetingStatus worded = statuses.decide(new StatusContext(window, windowText, reported.toString(), sentenceText,
                    neighbourhood(a, s.line()), a.title(), a.published(), s.words()));
            // the date after the meeting word is the meeting's; one before it ("On Tuesday, ...") only if there is none after
            // then a date that opens the sentence before a participle ("On November 26, commencing at 3 p.m., ... was convened"),
            // or one in the participial tail ("was held in Seoul, commencing at 10 am on May 27th")
            boolean opensSentence = !earlierTrigger;
            int tailEnd = c.span().end();
            for (int k = ci + 1; k < clauses.size() && clauses.get(k).participialTail(); k++) tailEnd = clauses.get(k).span().end();
            int tailTo = tailEnd;
            Optional<DateRules.Found> date = DateRules.find(text, first.begin(), window.end(), a.published(), worded)
                    .or(() -> DateRules.find(text, window.begin(), first.begin(), a.published(), worded))
                    .or(() -> opensSentence ? DateRules.find(text, s.span().begin(), window.begin(), a.published(), worded) : Optional.empty())
                    .or(() -> DateRules.find(text, c.span().end(), tailTo, a.published(), worded));
            Optional<MeetingDate> when = date.map(f -> MeetingDate.found(f, s.span()));
            MeetingStatus status = ahead(worded, when, a.published());
            earlierTrigger = true;
            // the day the clause's people are read at: the meeting's own day, else the day of publication
            // (a month or a year stands for its middle day: "in June 2023" is read at 15 June 2023, not at publication)
            Optional<LocalDate> day = when.map(MeetingDate::middleDay).or(a::published);
            ActorRules.Reading reading = actorRules.read(text, s.span(), window, s.mentions(), excluded, known, day);
            int reported0 = WindowRules.afterAttribution(clauseText, first.begin() - c.span().begin());
            if (reported0 > 0) {
                TextSpan inner = new TextSpan(c.span().begin() + reported0, window.end());
                ActorRules.Reading r2 = actorRules.read(text, s.span(), inner, s.mentions(), excluded, known, day);
                if (distinctStates(r2.actors()) >= 2) reading = r2;
            }
            List<Actor> actors = new ArrayList<>(homeTitles(text, reading.actors(), home, namedStates));
            int anaphorEnd = TriggerRules.anaphorEnd(clauseText);
            // in a transcript's talks of two, "we", "our" or "you" before the meeting word
            Optional<Word> both = talks.isPresent() ? firstWord(s, window.begin(), first.begin(), DIALOGUE_PRONOUN, PRONOUN_POS) : Optional.empty();
            // "I remember our first meeting was in Jakarta": a meeting the two recall is another meeting of theirs, not a
            // reference back to the talks
            if (anaphorEnd >= 0 && both.isPresent() && FrameRules.RECOLLECTION.test(clauseText)) anaphorEnd = -1;
            // "During the visit, Philip Hammond will meet ...": a visit named in the opening phrase is not this clause's tour
            if (anaphorEnd >= 0 && TriggerRules.agentOpening(clauseText.substring(0, anaphorEnd))) {
                int np0 = c.span().begin() + anaphorEnd;
                // "The Prime Minister's visit to Papua New Guinea was a success": the opening names who meets, and no
                // later meeting word takes over ("During the President's trip to Japan, he met ..." stays a frame)
                if (triggers.stream().noneMatch(t -> t.begin() >= np0)) anaphorEnd = -1;
            }
            int predicate = anaphorEnd >= 0 ? Math.min(window.end(), c.span().begin() + anaphorEnd) : window.begin();
            if (anaphorEnd >= 0) predicate = afterOpening(text, c, predicate, triggers, actors, home);
            EvidenceSpan ev = new EvidenceSpan(window, s.span());
            pronounSubject(text, s, window, first, triggers.get(triggers.size() - 1), si, sentences, known, actors, home);
            numberedParties(windowText, si, salience, drafts, actors, status);
            if (anaphorEnd >= 0) {
                int np0 = c.span().begin() + anaphorEnd;
                // "The US-China trade talks in Geneva ended ...": the opening phrase names its own parties
                if (distinctStates(actors.stream().filter(x -> !x.evidence().isEmpty() && x.evidence().get(0).span().end() <= np0).toList()) >= 2) {
                    anaphorEnd = -1;
                }
            }
            if (anaphorEnd >= 0) {
                // "At the end of the talks, Xi invited Putin to visit China": a later meeting word with its own parties
                int np = c.span().begin() + anaphorEnd;
                boolean laterTrigger = triggers.stream().anyMatch(t -> t.begin() >= np);
                // "During the visit, the Prime Minister met President Biden": the speaker's own side counts among the parties
                List<Actor> withHome = new ArrayList<>(actors);
                if (home.isPresent() && withHome.stream().noneMatch(x -> x.state().iri().equals(home.get().iri()))) {
                    speaker(text, window, first, reading, home.get(), s, withHome);
                }
                if (!laterTrigger || distinctStates(withHome) < 2) {
                    if (!earlierMeeting(a, s, drafts, status, ev, when, place(s, reading.venues(), excluded), gathering)) {
                        anaphora(a, s, si, sentences, salience, drafts, clauseText, status, ev, reading, c);
                    }
                    head = actors;
                    continue;
                }
            }
            if (c.dependent() && distinctStates(actors) < 2 && FrameRules.DEFINITE_TRIGGER.test(a.cover(new TextSpan(window.begin(), first.end())))
                    && !drafts.isEmpty()) {
                // ", saying he did not want to lend legitimacy to the meeting": a reference back, not a new meeting
                drafts.get(drafts.size() - 1).evidence.add(ev);
                head = actors;
                continue;
            }
            // "..., after which, I had a bilateral meeting with ...": a first-person subject is the speaker's side, not the last clause's
            if (distinctStates(actors) < 2 && c.dependent() && !head.isEmpty()
                    && !(home.isPresent() && firstWord(s, window.begin(), first.begin(), FIRST_PERSON, PRONOUN_POS).isPresent())) {
                // "..., followed by a meeting with B": a sequel shares the subject only, not the parties met before
                int subjectEnd = headTrigger;
                List<Actor> merged = new ArrayList<>(c.sequel()
                        ? head.stream().filter(x -> !x.evidence().isEmpty() && x.evidence().get(0).span().begin() < subjectEnd).toList()
                        : head);
                merged.addAll(actors);
                if (distinctStates(merged) >= 2) actors = merged;
            }
            Optional<PlaceRef> venue = place(s, reading.venues(), excluded);
            boolean hosting = FrameRules.HOSTING.test(a.cover(new TextSpan(window.begin(), first.end())));
            // "the Prime Minister" of a government's release is its own, not the venue's ("The Prime Minister meets ... in Paris")
            List<PersonRef> strangers = reading.stateless().stream().filter(p -> home.isEmpty() || !p.name().isEmpty()).toList();
            if (distinctStates(actors) == 1 && (!strangers.isEmpty() || hosting) && venue.isPresent()) {
                // "Wang Yi held talks with External Affairs Minister Jaishankar in New Delhi": the host is the venue's state
                String party = actors.get(0).state().iri();
                // (met in a capital; any venue of a host's own words: "Erdogan hosted his counterpart in Istanbul")
                Optional<Entity> host = venue.get().entity().filter(p -> hosting || gazetteer.seatOfGovernment(p))
                        .flatMap(Entity::country).flatMap(gazetteer::entity).filter(h -> !h.iri().equals(party));
                if (host.isPresent()) {
                    for (PersonRef p : strangers) {
                        actors.add(new Actor(host.get(), Optional.of(p), Optional.empty(), p.evidence()));
                    }
                    if (strangers.isEmpty()) {
                        // "Erdogan hosted his Azerbaijani counterpart in Ankara": the host is the venue's state
                        actors.add(new Actor(host.get(), Optional.empty(), Optional.empty(), venue.get().evidence()));
                    }
                }
            }
            if (home.isPresent() && actors.stream().noneMatch(x -> x.state().iri().equals(home.get().iri()))) {
                speaker(text, window, first, reading, home.get(), s, actors);
            }
            if (home.isPresent() && venue.isPresent() && distinctStates(actors) == 1 && actors.get(0).state().iri().equals(home.get().iri())
                    && firstWord(s, s.span().begin(), s.span().end(), DIALOGUE_PRONOUN, PRONOUN_POS).isPresent()) {
                // "I would like to thank you for the initiative to meet in Ankara today": the speaker's side meets the one
                // addressed in another state's capital, whose state hosts
                Optional<Entity> capitalHost = venue.get().entity()
                        .filter(gazetteer::capital)
                        .flatMap(Entity::country).flatMap(gazetteer::entity).filter(h -> !h.iri().equals(home.get().iri()));
                if (capitalHost.isPresent()) actors.add(new Actor(capitalHost.get(), Optional.empty(), Optional.empty(), venue.get().evidence()));
            }
            boolean recalled = false;
            if (talks.isPresent() && actors.stream().allMatch(x -> talks.get().parties.containsKey(x.state().iri()))) {
                // a day other than the day of the talks themselves (the day of publication)
                boolean otherDay = when.isPresent() && !a.published().map(p -> p.toString().equals(when.get().lexical())).orElse(false);
                recalled = both.isPresent() && (otherDay || FrameRules.RECOLLECTION.test(clauseText));
                if (recalled) {
                    // "We met recently at the Asia-Europe Meeting in Brussels", "The last time we met was in Costa Rica": in the
                    // talks of two a transcript records, "we" and "you" take in both sides; told with a day of its own, or as
                    // earlier, it is another meeting of theirs (the talks themselves are the transcript's own meeting)
                    List<EvidenceSpan> said = List.of(new EvidenceSpan(both.get().span(), s.span()));
                    for (Draft.PartyDraft side : talks.get().parties.values()) {
                        if (actors.stream().anyMatch(x -> x.state().iri().equals(side.state.iri()))) continue;
                        List<PersonRef> speakers = side.people.stream().filter(PersonRef::named).toList();
                        if (speakers.isEmpty()) actors.add(new Actor(side.state, Optional.empty(), Optional.empty(), said));
                        for (PersonRef p : speakers) actors.add(new Actor(side.state, Optional.of(p), Optional.empty(), said));
                    }
                }
            }
            if (distinctStates(actors) < 2 && !drafts.isEmpty()
                    && actors.stream().allMatch(x -> drafts.get(drafts.size() - 1).parties.containsKey(x.state().iri()))
                    && firstWord(s, window.begin(), first.begin(), PLURAL_PRONOUN, PRONOUN_POS).isPresent()) {
                // "..., when they met in China in September 2016": the parties of the meeting just told, at an earlier time
                earlierMeeting(a, s, drafts, status, ev, when, venue, gathering);
            }
            if (distinctStates(actors) < 2) {
                head = actors;
                continue;
            }
            TextSpan told = new TextSpan(predicate, window.end());
            Optional<Word> visit = firstWord(s, told.begin(), told.end(), VISIT_WORD, VISIT_POS);
            int adjunct = visitAdjunctEnd(text, s, told, visit, triggers);
            List<List<Actor>> groups = adjunct >= 0 ? adjunctGroups(actors, adjunct) : itinerary(s, told, visit, actors, reading.venues());
            if (groups.isEmpty()) {
                head = actors;
                continue;
            }
            boolean tour = groups.size() > 1;
            List<CompoundNames.Compound> compounds = CompoundNames.find(text, window, s.mentions());
            boolean named = !tour && compounds.size() >= 2;
            if (named) groups = compoundGroups(compounds, actors, s);
            else if (!tour) groups = bilateralPairs(windowText, actors, first.end() - window.begin(), first.begin(), home);
            int gi = 0;
            for (List<Actor> group : groups) {
                Draft d = new Draft(status);
                d.evidence.add(ev);
                for (Actor act : group) d.add(act);
                Optional<PlaceRef> where = venue;
                if (named) {
                    // "the Japan-ROK Foreign Ministers' Meeting, the Japan-China Foreign Ministers' Meeting, ...": one meeting per name
                    CompoundNames.Compound cn = compounds.get(gi++);
                    d.evidence.set(0, new EvidenceSpan(cn.span(), s.span()));
                    d.looseLevels.addAll(actorRules.read(text, s.span(), cn.span(), s.mentions(), List.of(), List.of(), Optional.empty()).looseLevels());
                    d.separate = true;
                    d.name = a.cover(cn.span()).toLowerCase(java.util.Locale.ROOT);
                }
                if (tour) {
                    // each stop of a tour is its own meeting, at the place named for that host
                    String host = group.get(group.size() - 1).state().iri();
                    where = reading.venues().stream().filter(v -> v.place().country().map(host::equals).orElse(false)).findFirst()
                            .map(v -> new PlaceRef(v.place().label(), Optional.of(v.place()), Optional.empty(),
                                    List.of(new EvidenceSpan(v.span(), s.span()))));
                }
                if (!named) d.looseLevels.addAll(reading.looseLevels());
                TextSpan said = named ? d.evidence.get(0).span() : new TextSpan(first.begin(), window.end());
                if (FrameRules.SUMMIT.test(a.cover(said)) || (!named && FrameRules.SUMMIT.test(a.cover(first)))) {
                    d.looseLevels.add(MeetingLevel.LEADERS);
                }
                where.ifPresent(p -> d.place = p);
                gathering.filter(g -> g.covered().begin() < window.end() + 2).ifPresent(g -> d.sidelines = g.ref());
                when.ifPresent(w -> d.date = w);
                d.recalled = recalled;
                d.untensed = status == MeetingStatus.HELD && !StatusRules.TOLD_DONE.test(windowText);
                d.separate = d.separate || FrameRules.SEPARATE.test(a.cover(new TextSpan(window.begin(), first.end())));
                drafts.add(d);
            }
            head = actors;
        }
    }

    /** The talks of two that a transcript records, when the issuing state is one of the two. */
    private static Optional<Draft> talksOfTwo(List<Draft> scene, Entity home) {
        if (scene.size() != 1 || scene.get(0).parties.size() != 2 || !scene.get(0).parties.containsKey(home.iri())) return Optional.empty();
        return Optional.of(scene.get(0));
    }

    /**
     * Rule: a meeting the wording leaves as held but whose date is wholly after the day of publication
     * ("Prime Minister Phuc attends the Mekong-Japan Summit on 9 October", published on the 7th) has not happened yet;
     * one worded as planned but dated well before publication took place.
     */
    private static MeetingStatus ahead(MeetingStatus worded, Optional<MeetingDate> date, Optional<LocalDate> published) {
        if (date.isEmpty() || published.isEmpty()) return worded;
        if (worded == MeetingStatus.HELD) return date.get().firstDay().isAfter(published.get()) ? MeetingStatus.SCHEDULED : worded;
        // "will discuss the outcome of their summit in May 2016": the date outweighs the tense
        boolean planned = worded == MeetingStatus.SCHEDULED || worded == MeetingStatus.PROPOSED;
        return planned && date.get().lastDay().plusDays(MeetingMergeAnnotator.EARLIER_MEETING_DAYS).isBefore(published.get())
                ? MeetingStatus.HELD : worded;
    }

    /**
     * Rule: "building on their meeting in Oslo in October": a reference back that dates its
     * meeting well before the report was published names an earlier meeting of the same parties,
     * not the one just told.
     */
    private static boolean earlierMeeting(Article a, Sent s, List<Draft> drafts, MeetingStatus status, EvidenceSpan ev,
                                          Optional<MeetingDate> date, Optional<PlaceRef> venue,
                                          Optional<GatheringRules.Found> gathering) {
        // a date long past outweighs a cue of a wish elsewhere in the sentence ("A potential visit ..., discussed when they met in 2016")
        boolean past = status == MeetingStatus.HELD || status == MeetingStatus.PROPOSED;
        if (drafts.isEmpty() || !past || date.isEmpty() || a.published().isEmpty()) return false;
        Draft last = drafts.get(drafts.size() - 1);
        // "... have not met since their summit in November", with other people named: not the last meeting's parties
        Set<String> lastPeople = new java.util.HashSet<>();
        for (Draft.PartyDraft p : last.parties.values()) {
            for (PersonRef r : p.people) r.candidates().forEach(e -> lastPeople.add(e.iri()));
        }
        for (org.diplokg.extract.gazetteer.Mention m : s.mentions()) {
            Optional<Entity> person = m.first(EntityKind.PERSON, NameRole.NAME);
            if (person.isPresent() && !lastPeople.contains(person.get().iri())) return false;
        }
        MeetingDate when = date.get();
        if (last.date != null && last.date.lexical().equals(when.lexical())) return false;
        if (!when.lastDay().plusDays(MeetingMergeAnnotator.EARLIER_MEETING_DAYS).isBefore(a.published().get())) return false;
        Draft d = new Draft(MeetingStatus.HELD);
        d.evidence.add(ev);
        for (Draft.PartyDraft p : last.parties.values()) {
            List<PersonRef> named = p.people.stream().filter(PersonRef::named).toList();
            if (named.isEmpty()) d.add(new Actor(p.state, Optional.empty(), Optional.empty(), List.of()));
            for (PersonRef r : named) d.add(new Actor(p.state, Optional.of(r), Optional.empty(), List.of()));
        }
        d.looseLevels.addAll(last.looseLevels);
        d.date = when;
        venue.ifPresent(v -> d.place = v);
        gathering.ifPresent(g -> d.sidelines = g.ref());
        d.separate = true;
        drafts.add(d);
        return true;
    }

    private void anaphora(Article a, Sent s, int si, List<Sent> sentences, List<List<Entity>> salience,
                          List<Draft> drafts, String clauseText, MeetingStatus status, EvidenceSpan ev,
                          ActorRules.Reading reading, Clause c) {
        int numeral = FrameRules.TRILATERAL.test(clauseText) ? 3 : FrameRules.BILATERAL.test(clauseText) ? 2 : 0;
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        boolean occurs = FrameRules.OCCURRENCE.test(clauseText);
        if (last == null || (occurs && last.status != status)) {
            List<Entity> salient = List.of();
            for (int k = si - 1; k >= 0; k--) {
                if (salience.get(k).size() >= 2) {
                    salient = salience.get(k);
                    break;
                }
            }
            if (salient.size() < 2 || (numeral > 0 && salient.size() != numeral)) return;
            Draft d = new Draft(status);
            d.evidence.add(ev);
            for (Entity st : salient) {
                d.add(new Actor(st, Optional.empty(), Optional.empty(), List.of()));
            }
            d.looseLevels.addAll(actorRules.read(a.text(), s.span(), c.span(), s.mentions(), List.of(), List.of(), Optional.empty()).looseLevels());
            if (FrameRules.SUMMIT.test(clauseText)) d.looseLevels.add(MeetingLevel.LEADERS);
            drafts.add(d);
            return;
        }
        Set<String> sentenceStates = new LinkedHashSet<>();
        salience.get(si).forEach(e -> sentenceStates.add(e.iri()));
        Draft best = null;
        for (int k = drafts.size() - 1; k >= 0; k--) {
            Draft d = drafts.get(k);
            boolean fits = (numeral > 0 && d.parties.size() == numeral)
                    || (sentenceStates.size() >= 2 && d.parties.keySet().equals(sentenceStates));
            if (fits) {
                best = d;
                break;
            }
        }
        (best == null ? last : best).evidence.add(ev);
    }

    private Optional<PlaceRef> place(Sent s, List<ActorRules.Venue> venues, List<TextSpan> excluded) {
        Map<String, PlaceRef> found = new LinkedHashMap<>();
        for (ActorRules.Venue v : venues) {
            if (excluded.stream().anyMatch(x -> x.overlaps(v.span()))) continue;
            Entity e = v.place();
            found.putIfAbsent(e.iri(), new PlaceRef(e.label(), Optional.of(e), Optional.empty(), List.of(new EvidenceSpan(v.span(), s.span()))));
        }
        return found.size() == 1 ? found.values().stream().findFirst() : Optional.empty();
    }

    /** The span without surrounding spaces and trailing commas, so evidence shows the words only. */
    private static TextSpan trimmed(String text, TextSpan s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ';')) e--;
        return e > b ? new TextSpan(b, e) : s;
    }

    /** The paragraph of a sentence with the two paragraphs before and after it, where a change of plan is usually told. */
    private static String neighbourhood(Article a, TextSpan line) {
        List<TextSpan> lines = a.content();
        int i = lines.indexOf(line);
        TextSpan from = lines.get(Math.max(0, i - 2));
        TextSpan to = lines.get(Math.min(lines.size() - 1, i + 2));
        return a.text().substring(from.begin(), to.end());
    }

    /** Rule: "bilateral talks with A and with B" are one meeting per pair with the first party, not one of three. */
    private static List<List<Actor>> bilateralPairs(String windowText, List<Actor> actors, int triggerEnd, int trigger,
                                                    Optional<Entity> home) {
        List<String> states = actors.stream().map(x -> x.state().iri()).distinct().toList();
        if (states.size() <= 2) return List.of(actors);
        if (!FrameRules.BILATERAL.test(windowText) && !separateCounterparts(windowText, triggerEnd)) return List.of(actors);
        // the side that meets the others: a party named before the meeting word, else the speaker's
        // ("The President held bilateral meetings with the Presidents of Colombia, Brazil and Ecuador")
        String subject = actors.stream().filter(x -> !x.evidence().isEmpty() && x.evidence().get(0).span().begin() < trigger)
                .map(x -> x.state().iri()).findFirst()
                .or(() -> home.map(Entity::iri).filter(states::contains))
                .orElse(states.get(0));
        List<List<Actor>> out = new ArrayList<>();
        for (String other : states) {
            if (other.equals(subject)) continue;
            out.add(actors.stream().filter(x -> x.state().iri().equals(subject) || x.state().iri().equals(other)).toList());
        }
        return out;
    }

    /**
     * Rule: "held discussions with the Foreign Ministers of the UAE and Saudi Arabia", "will meet
     * the leaders of Saudi Arabia, Qatar and the UAE": one side meets the counterparts of several
     * states, each on its own, unless the text says they met together.
     */
    private static boolean separateCounterparts(String windowText, int triggerEnd) {
        if (triggerEnd < 0 || triggerEnd > windowText.length()) return false;
        int counterparts = FrameRules.COUNTERPARTS_OF.find(windowText, triggerEnd);
        if (counterparts < 0) return false;
        // a gathering named before the counterparts is where they all met ("the summit with the leaders of ..."); named
        // after them it is only the occasion ("will meet with the leaders of Canada, China and Japan while at the APEC
        // conference"); a host receives them together ("will host the leaders of Denmark, Finland, ...")
        String before = windowText.substring(0, counterparts);
        return !JOINT.matcher(windowText).find() && !ONE_GATHERING.matcher(before).find() && !FrameRules.HOSTING.test(before);
    }

    private static final java.util.regex.Pattern JOINT = Lexicon.anyOf(Lexicon.words("en/joint-words.txt"));
    /** Rule: "an emergency meeting in Paris with leaders from ...", "the summit with the leaders of ...": one gathering. */
    private static final java.util.regex.Pattern ONE_GATHERING = Lexicon.anyOf(Lexicon.words("en/gathering-nouns.txt"));

    private static void numberedParties(String windowText, int si, List<List<Entity>> salience, List<Draft> drafts,
                                        List<Actor> actors, MeetingStatus status) {
        if (FrameRules.SERIES.test(windowText) && distinctStates(actors) < 2) {
            // "the next round ...", "the 7th meeting of the Joint Commission": the parties of the series told before
            for (int k = si - 1; k >= 0; k--) {
                if (salience.get(k).size() >= 2) {
                    addStates(actors, salience.get(k));
                    return;
                }
            }
        }
        // "the three countries' leaders", "both sides": that many parties, the ones the text last named together
        int n = FrameRules.numbered(windowText);
        if (n == 0 && actors.isEmpty() && status != MeetingStatus.HELD && FrameRules.plural(windowText)) {
            // "To that end, the leaders agreed to meet in the near future": the states named together just before; a
            // meeting still to come, since "the leaders discussed ..." most often goes on with the one just told
            for (int k = si - 1; k >= 0 && k >= si - 2; k--) {
                if (salience.get(k).size() >= 2) {
                    addStates(actors, salience.get(k));
                    return;
                }
            }
        }
        if (n == 0 || distinctStates(actors) >= n) return;
        // the last meeting told with that many parties, else the last sentence that named that many states
        Set<String> named = new LinkedHashSet<>();
        actors.forEach(x -> named.add(x.state().iri()));
        for (int k = drafts.size() - 1; k >= 0; k--) {
            if (drafts.get(k).parties.size() == n && drafts.get(k).parties.keySet().containsAll(named)) {
                addStates(actors, drafts.get(k).parties.values().stream().map(p -> p.state).toList());
                return;
            }
        }
        for (int k = si - 1; k >= 0; k--) {
            if (salience.get(k).size() == n) {
                addStates(actors, salience.get(k));
                return;
            }
        }
    }

    private static void addStates(List<Actor> actors, List<Entity> states) {
        Set<String> have = new LinkedHashSet<>();
        actors.forEach(x -> have.add(x.state().iri()));
        for (Entity st : states) {
            if (have.add(st.iri())) actors.add(new Actor(st, Optional.empty(), Optional.empty(), List.of()));
        }
    }

    /** Adds the person a pronoun subject before the trigger stands for: the first person named in the nearest earlier sentence. */
    private void pronounSubject(String text, Sent s, TextSpan window, TextSpan first, TextSpan trigger, int si, List<Sent> sentences,
                                List<KnownPerson> known, List<Actor> actors, Optional<Entity> home) {
        // a pronoun past the window belongs to the clause it opens ("travel to Zagreb, where he will meet ..."), not to this one
        Optional<TextSpan> subject = FrameRules.pronoun(text, window.begin(), Math.max(window.begin(), Math.min(trigger.begin(), window.end())));
        if (subject.isEmpty()) return;
        int pronoun = subject.get().begin();
        Optional<KnownPerson> who = Optional.empty();
        for (int k = si; k >= 0 && k > si - PRONOUN_REACH && who.isEmpty(); k--) {
            TextSpan span = sentences.get(k).span();
            int limit = k == si ? pronoun : span.end();
            // an earlier sentence that reports a meeting: its subject, before the meeting word, is the one a pronoun
            // goes on with; when nobody of a known state stands there ("The Secretary-General held a meeting with the
            // Foreign Minister of India"), the pronoun is not the one met
            if (k < si) {
                List<TextSpan> said = TriggerRules.find(text, span, List.of());
                if (!said.isEmpty()) limit = said.get(0).begin();
            }
            int upTo = limit;
            who = ActorRules.recent(known, upTo).stream().filter(p -> p.offset() >= span.begin() && p.state().isPresent()).findFirst();
            if (who.isEmpty() && k < si && upTo < span.end()) break;
            if (who.isPresent() && k < si) {
                // "He also met X, Y and Z." before "he accompanied ...": that sentence's subject is the pronoun's own
                // antecedent, further back, not the first person it names after its pronoun
                if (FrameRules.pronoun(text, span.begin(), who.get().offset()).isPresent()) who = Optional.empty();
            }
        }
        // "The Foreign Secretary will travel to Muscat, where she will meet ...": a pronoun after the first meeting word goes on
        // with that word's subject, whom the speaker's side already stands for
        if (who.isEmpty() && pronoun > first.end()) return;
        if (who.isEmpty() && home.isPresent() && actors.stream().noneMatch(x -> x.state().iri().equals(home.get().iri()))) {
            // "In the Gulf he will meet King Salman ...": a pronoun for nobody the text names is the issuing side's own official
            EvidenceSpan ev = new EvidenceSpan(subject.get(), s.span());
            actors.add(0, new Actor(home.get(), Optional.empty(), Optional.empty(), List.of(ev)));
            return;
        }
        who.ifPresent(p -> {
            if (actors.stream().anyMatch(x -> x.person().map(r -> r.name().equals(p.ref().name())).orElse(false))) return;
            EvidenceSpan ev = new EvidenceSpan(subject.get(), s.span());
            actors.add(0, new Actor(p.state().get(), Optional.of(new PersonRef(p.ref().name(), p.ref().candidates(), p.ref().office(),
                    List.of(ev))), p.level(), List.of(ev)));
        });
    }

    /**
     * Rule: the side that issued the text takes part through a title it names without a state
     * ("The Prime Minister met President Ruto of Kenya") or through "I" and "we" before the
     * meeting word, when the other side is another state.
     */
    /** The states the article names by name, demonym or capital (not those only a title implies). */
    private static Set<String> namedStates(List<List<Mention>> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                m.all(x -> x.entity().kind() == EntityKind.STATE && x.role() != NameRole.TITLE).forEach(e -> out.add(e.iri()));
            }
        }
        return out;
    }

    /**
     * Rule: "Professor G.L. Peiris, Minister of External Affairs" in a Sri Lankan release: a title
     * that several states use ("Minister of External Affairs" is also India's) belongs to the
     * speaker's side when its holder is not a known person and the article never names the
     * title's other state.
     */
    private List<Actor> homeTitles(String text, List<Actor> actors, Optional<Entity> home, Set<String> named) {
        if (home.isEmpty()) return actors;
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor act : actors) {
            // a state named beside the title ("Minister of Foreign Affairs of the Maldives") is in namedStates already
            boolean byTitle = act.person().isPresent() && act.person().get().candidates().isEmpty()
                    && act.person().get().office().flatMap(Entity::country).map(act.state().iri()::equals).orElse(false)
                    && !act.evidence().isEmpty();
            if (byTitle && !act.state().iri().equals(home.get().iri()) && !named.contains(act.state().iri())
                    && !namesAState(text, act.evidence().get(0).span())) {
                out.add(new Actor(home.get(), act.person(), act.level(), act.evidence()));
            } else {
                out.add(act);
            }
        }
        return out;
    }

    /** "Mozambican President", "President of Mozambique": a title that carries its state's name or demonym. */
    private boolean namesAState(String text, TextSpan title) {
        String t = text.substring(title.begin(), title.end());
        int firstSpace = t.indexOf(' ');
        int lastSpace = t.lastIndexOf(' ');
        if (firstSpace < 0) return false;
        for (TextSpan part : List.of(new TextSpan(title.begin(), title.begin() + lastSpace), new TextSpan(title.begin() + firstSpace + 1, title.end()))) {
            for (Mention m : gazetteer.find(text, part.begin(), part.end())) {
                if (m.has(EntityKind.STATE, NameRole.NAME) || m.has(EntityKind.STATE, NameRole.DEMONYM)) return true;
            }
        }
        return false;
    }

    private static void speaker(String text, TextSpan window, TextSpan trigger, ActorRules.Reading reading, Entity home,
                                Sent s, List<Actor> actors) {
        // with two states named already, only a subject before the meeting word can be the speaker's side
        boolean subjectOnly = distinctStates(actors) >= 2;
        if (subjectOnly && actors.stream().anyMatch(x -> x.evidence().isEmpty() || x.evidence().get(0).span().begin() < trigger.begin())) return;
        Optional<PersonRef> titled = reading.stateless().stream()
                .filter(p -> !subjectOnly || p.evidence().get(0).span().begin() < trigger.begin()).findFirst();
        if (titled.isPresent()) {
            PersonRef p = titled.get();
            actors.add(new Actor(home, Optional.of(p), p.office().flatMap(Entity::level), p.evidence()));
            return;
        }
        boolean subjectless = actors.stream().noneMatch(x -> x.evidence().isEmpty() || x.evidence().get(0).span().begin() < trigger.begin());
        Optional<Word> visit = subjectless && !actors.isEmpty() ? firstWord(s, trigger.begin(), trigger.end(), VISIT_WORD, VISIT_POS) : Optional.empty();
        List<Actor> agents = visit.map(v -> visitAgents(text, v, actors)).orElse(List.of());
        Actor atTrigger = new Actor(home, Optional.empty(), Optional.empty(), List.of(new EvidenceSpan(trigger, s.span())));
        if (!agents.isEmpty()) {
            // "the visit of President X to Türkiye" names who visits whom; "welcomes the visit of the President": the speaker's side receives
            if (agents.size() == actors.size()) actors.add(atTrigger);
            return;
        }
        // "Mr. TAKEI Shunsuke, State Minister for Foreign Affairs, visited the Republic of Vanuatu": the speaker's side visits;
        // "It's a great honor to have the Prime Minister of Ireland": the speaker's side receives
        if (visit.isPresent() || (subjectless && !actors.isEmpty()
                && firstWord(s, trigger.begin(), trigger.end(), RECEPTION_WORD, RECEPTION_POS).isPresent())) {
            actors.add(0, atTrigger);
            return;
        }
        // "Remarks Prior to a Meeting With President Boric of Chile": a meeting with others and no subject is the speaker's side's
        if (subjectless && !actors.isEmpty() && FrameRules.MEETING_WITH.test(text.substring(trigger.begin(), Math.min(s.span().end(), trigger.end() + 8)))
                && !FrameRules.TEMPORAL_OPENING.test(text.substring(window.begin(), trigger.begin()))) {
            actors.add(0, atTrigger);
            return;
        }
        // "I held the Japan-ROK Foreign Ministers' Meeting", "we met": a first-person pronoun before the meeting word
        firstWord(s, window.begin(), trigger.begin(), FIRST_PERSON, PRONOUN_POS).ifPresent(w -> actors.add(
                new Actor(home, Optional.empty(), Optional.empty(), List.of(new EvidenceSpan(w.span(), s.span())))));
    }

    /**
     * Rule: "the G7 Leaders' Summit in Hiroshima": a meeting of a fixed group has every member
     * as a party, with the people the clause names for them before it. True when every meeting word
     * of the clause belongs to such a name, so the clause reports nothing else; a clause with a meeting
     * word of its own ("met Macron on the margins of the G7 Summit") reports the summit and its own meeting.
     */
    private boolean groupMeetings(Article a, Sent s, Clause c, String clauseText, List<TextSpan> triggers, List<Draft> drafts) {
        List<FixedGroups.GroupMeeting> found = fixedGroups.find(a.text(), c.span());
        if (found.isEmpty() || StatusRules.NEGATED.test(clauseText) || TriggerRules.REMOTE_CONTACT.test(clauseText)) return false;
        // "met President Macron on the margins of the G7 Summit": with a meeting word of its own, the clause names the group's
        // summit as the occasion of another meeting; the summit is a meeting too, and the clause goes on to be read
        boolean own = !triggers.stream().allMatch(t -> found.stream().anyMatch(g -> g.span().contains(t)));
        MeetingStatus worded = statuses.decide(new StatusContext(c.span(), clauseText, clauseText, a.cover(s.span()),
                neighbourhood(a, s.line()), a.title(), a.published(), s.words()));
        // an invitation to the summit, or a trip to it called off, leaves the summit itself on the calendar
        MeetingStatus status = own && (worded == MeetingStatus.PROPOSED || worded == MeetingStatus.CANCELLED) ? MeetingStatus.SCHEDULED : worded;
        ActorRules.Reading reading = actorRules.read(a.text(), s.span(), c.span(), s.mentions(), List.of(), List.of(), Optional.empty());
        for (FixedGroups.GroupMeeting g : found) {
            Draft d = new Draft(status);
            EvidenceSpan ev = new EvidenceSpan(g.span(), s.span());
            d.evidence.add(ev);
            Set<String> members = new LinkedHashSet<>();
            for (Entity m : g.members()) {
                members.add(m.iri());
                d.add(new Actor(m, Optional.empty(), Optional.empty(), List.of(ev)));
            }
            // the people of member states the clause names, before the name ("Prime Minister Ishiba held the Japan-U.S.-ROK
            // Summit") or after it ("... with President Biden and President Yoon"), when the clause names only this meeting
            boolean only = found.size() == 1;
            for (Actor x : reading.actors()) {
                boolean before = !x.evidence().isEmpty() && x.evidence().get(0).span().end() <= g.span().begin();
                if ((before || only) && x.person().isPresent() && members.contains(x.state().iri())) d.add(x);
            }
            d.looseLevels.addAll(actorRules.read(a.text(), s.span(), g.span(), s.mentions(), List.of(), List.of(), Optional.empty()).looseLevels());
            if (FrameRules.SUMMIT.test(a.cover(g.span()))) d.looseLevels.add(MeetingLevel.LEADERS);
            DateRules.find(a.text(), g.span().end(), c.span().end(), a.published(), status)
                    // the occasion of a meeting dated before its name ("Yesterday, ... met ... on the margins of the G7 Summit") shares its date
                    .or(() -> own ? DateRules.find(a.text(), c.span().begin(), g.span().begin(), a.published(), status) : Optional.empty())
                    .ifPresent(f -> d.date = MeetingDate.found(f, s.span()));
            List<ActorRules.Venue> after = reading.venues().stream().filter(v -> v.span().begin() >= g.span().end()).toList();
            place(s, after, List.of()).ifPresent(p -> d.place = p);
            drafts.add(d);
        }
        return !own;
    }

    /** The parties of each compound meeting name: its states, with the people the clause names for them. */
    private static List<List<Actor>> compoundGroups(List<CompoundNames.Compound> compounds, List<Actor> actors, Sent s) {
        List<List<Actor>> out = new ArrayList<>();
        for (CompoundNames.Compound c : compounds) {
            List<Actor> g = new ArrayList<>();
            for (Entity st : c.states()) {
                List<Actor> named = actors.stream().filter(x -> x.state().iri().equals(st.iri()) && x.person().isPresent()).toList();
                if (named.isEmpty()) g.add(new Actor(st, Optional.empty(), Optional.empty(), List.of(new EvidenceSpan(c.span(), s.span()))));
                else g.addAll(named);
            }
            out.add(g);
        }
        return out;
    }

    /**
     * Where an opening visit phrase ends ("During a visit to Estonia, Secretary Blinken met ...", "Visiting Estonia today, Minister
     * Sikorski met ..."), or -1: a visit word, then a comma, then a meeting word that is no visit word. Such a visit only frames
     * the meeting the main clause tells; it is no itinerary of its own.
     */
    private static int visitAdjunctEnd(String text, Sent s, TextSpan window, Optional<Word> visit, List<TextSpan> triggers) {
        if (visit.isEmpty()) return -1;
        if (!TriggerRules.visitOpening(text.substring(window.begin(), visit.get().span().begin()))) return -1;
        int at = visit.get().span().end();
        for (TextSpan t : triggers) {
            if (t.begin() < at || t.end() > window.end()) continue;
            if (firstWord(s, t.begin(), t.end(), VISIT_WORD, VISIT_POS).isPresent()) return -1;
            int comma = text.lastIndexOf(',', t.begin());
            return comma >= at ? comma : -1;
        }
        return -1;
    }

    /**
     * The parties of a meeting told after an opening visit phrase: those the main clause names (with the speaker's side, who
     * has no place in the text), or, when they are of one state only, with the one state the visit goes to.
     */
    private static List<List<Actor>> adjunctGroups(List<Actor> actors, int adjunct) {
        List<Actor> main = actors.stream().filter(x -> x.evidence().isEmpty() || x.evidence().get(0).span().begin() > adjunct).toList();
        if (distinctStates(main) >= 2) return List.of(main);
        List<Actor> visited = actors.stream().filter(x -> !main.contains(x)).toList();
        if (distinctStates(visited) != 1) return List.of();
        List<Actor> both = new ArrayList<>(main);
        both.addAll(visited);
        return distinctStates(both) >= 2 ? List.of(both) : List.of();
    }

    /**
     * Rule: a tour ("will visit Buenos Aires, Argentina; Quito, Ecuador; and Mexico City") is one
     * meeting per host: the visitors are the parties named before the visit word, the hosts those
     * after it. One group when there are fewer than two hosts.
     */
    private List<List<Actor>> itinerary(Sent s, TextSpan window, Optional<Word> visit, List<Actor> actors, List<ActorRules.Venue> venues) {
        if (visit.isEmpty()) return List.of(actors);
        int at = visit.get().span().begin();
        // "the visit of President X to Türkiye": a visitor named after the visit noun
        List<Actor> agents = visitAgents(s.text(), visit.get(), actors);
        List<Actor> visitors = actors.stream().filter(x -> x.evidence().isEmpty() || x.evidence().get(0).span().begin() <= at || agents.contains(x)).toList();
        List<Actor> hosts = new ArrayList<>(actors.stream().filter(x -> !x.evidence().isEmpty() && x.evidence().get(0).span().begin() > at && !agents.contains(x)).toList());
        // "will travel to Cairo, Riyadh, Warsaw, ...": every capital listed after the visit word brings its state as a host
        // (a visit to a country or its capital; "on a visit to New York to attend the UN General Assembly" is none to the US)
        for (ActorRules.Venue v : venues) {
            if (v.span().begin() <= at || v.span().end() > window.end() || !gazetteer.seatOfGovernment(v.place())) continue;
            v.place().country().flatMap(gazetteer::entity).ifPresent(st -> hosts.add(
                    new Actor(st, Optional.empty(), Optional.empty(), List.of(new EvidenceSpan(v.span(), s.span())))));
        }
        if (!agents.isEmpty()) {
            // the visit's own visitor and hosts: who else the clause names ("He informed on the visit of ...") is not a party
            Map<String, Actor> byHost = byHost(agents, hosts);
            return byHost.isEmpty() ? List.of(actors) : perHost(agents, byHost.values());
        }
        List<Actor> all = new ArrayList<>(actors);
        all.addAll(hosts);
        Map<String, Actor> byHost = byHost(visitors, hosts);
        int visiting = distinctStates(visitors);
        if (visiting == 0 && byHost.size() == distinctStates(all)) return List.of(); // hosts of a visit do not meet each other
        if (visiting == 0 || byHost.size() < 2 || byHost.size() + visiting != distinctStates(all)) return List.of(actors);
        return perHost(visitors, byHost.values());
    }

    /** The first host named for each state that none of the visitors belongs to. */
    private static Map<String, Actor> byHost(List<Actor> visitors, List<Actor> hosts) {
        Set<String> visiting = new LinkedHashSet<>();
        visitors.forEach(x -> visiting.add(x.state().iri()));
        Map<String, Actor> out = new LinkedHashMap<>();
        for (Actor h : hosts) {
            if (!visiting.contains(h.state().iri())) out.putIfAbsent(h.state().iri(), h);
        }
        return out;
    }

    /** One meeting per host: the visitors and that host. */
    private static List<List<Actor>> perHost(List<Actor> visitors, java.util.Collection<Actor> hosts) {
        List<List<Actor>> out = new ArrayList<>();
        for (Actor h : hosts) {
            List<Actor> g = new ArrayList<>(visitors);
            g.add(h);
            out.add(g);
        }
        return out;
    }

    /**
     * Rule: "Following his official visit to Jordan on 22 October, the head of the FDFA travelled to Iraq and Kuwait":
     * when the predicate after an opening phrase names hosts of its own, the states of the opening's visit are no
     * parties of the predicate's meeting, which starts after the comma. Returns where the predicate starts.
     */
    private static int afterOpening(String text, Clause c, int predicate, List<TextSpan> triggers, List<Actor> actors, Optional<Entity> home) {
        int comma = text.indexOf(',', predicate);
        if (comma < 0 || comma >= c.span().end()) return predicate;
        if (triggers.stream().noneMatch(t -> t.begin() > comma)) return predicate;
        Set<String> later = new LinkedHashSet<>();
        for (Actor x : actors) {
            if (!x.evidence().isEmpty() && x.evidence().get(0).span().begin() > comma
                    && home.map(h -> !h.iri().equals(x.state().iri())).orElse(true)) later.add(x.state().iri());
        }
        if (later.isEmpty()) return predicate;
        // "Following the visit to North Korea by Mr. Mike Pompeo, ...": an opening that names people tells a meeting of its own
        if (actors.stream().anyMatch(x -> x.person().isPresent() && !x.evidence().isEmpty() && x.evidence().get(0).span().end() <= comma)) {
            return predicate;
        }
        actors.removeIf(x -> !x.evidence().isEmpty() && x.evidence().get(0).span().end() <= comma && x.person().isEmpty()
                && !later.contains(x.state().iri()));
        return comma + 1;
    }

    /** The actors a visit noun names as its visitor: "the visit of President X to Türkiye", "the visit to Syria by Envoy Wu". */
    private static List<Actor> visitAgents(String text, Word visit, List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (Actor x : actors) {
            if (x.evidence().isEmpty()) continue;
            int begin = x.evidence().get(0).span().begin();
            if (begin > visit.span().end() && begin - visit.span().end() < 160
                    && FrameRules.VISIT_AGENT.test(text.substring(visit.span().end(), begin))) out.add(x);
        }
        return out;
    }

    private static int distinctStates(List<Actor> actors) {
        return (int) actors.stream().map(x -> x.state().iri()).distinct().count();
    }
}
