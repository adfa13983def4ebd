package org.diplokg.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.EvidenceSpan;
import org.diplokg.extract.MeetingLevel;
import org.diplokg.extract.PersonRef;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Holding;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.LangPatterns;
import org.diplokg.lang.TextRule;

/**
 * Reads who takes part from the mentions of a stretch of text. A chunk is an optional state
 * qualifier ("Japan's", "South Korean"), an optional title and an optional name; a title
 * followed by "of"/"from" and a list of states gives those states its level; a state after
 * "in"/"at" is where, not who; a capital stands for its state unless it is where. The wording
 * these rules read is in {@code lang/en/}: the token patterns of {@code actors.rules} and
 * {@code not-names.txt}.
 */
public final class ActorRules {
    private static final LangPatterns EN = LangPatterns.load("en", "actors.rules");
    /** Rule: the kind of a text given in someone's own words, then "by" (read by {@link HomeState}). */
    static final TokenPattern AUTHORED = EN.pattern("authored");
    private static final TextRule.Tokens ADJACENT = EN.rule("adjacent");
    private static final TextRule.Tokens LIST_GAP = EN.rule("list-gap");
    private static final TextRule.Tokens OF_GAP = EN.rule("of-gap");
    private static final TextRule.Tokens OF_STATE = EN.rule("of-state");
    private static final TextRule.Tokens LOCATIVE = EN.rule("locative");
    private static final TextRule.Tokens STATE_LOCATIVE = EN.rule("state-locative");
    /** Rule: "From Jordan, the Foreign Minister will travel to Iraq": where a trip starts is no party. */
    private static final TextRule.Tokens ORIGIN = EN.rule("origin");
    private static final TextRule.Tokens HEAD_NOUN = EN.rule("head-noun");
    private static final TextRule.Tokens PLURAL = EN.rule("plural-title");
    private static final TokenPattern UNKNOWN_NAME = EN.pattern("unknown-name");
    /** Capitalised words after a title that start no name ("the President On Monday"), case as written. */
    private static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.words("en/not-names.txt"));
    /** Words that open a title; a name form that starts with one ("President Lee") is a title and a short name. */
    private static final List<String> TITLE_HEADS = Lexicon.words("en/title-heads.txt").stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT) + " ").toList();
    private static final TextRule.Tokens DEFINITE = EN.rule("definite");
    private static final TextRule.Tokens VISIT_TO = EN.rule("visit-to");
    private static final TokenPattern CAPITAL_NOUN = EN.pattern("capital-noun");
    private static final TextRule.Tokens PLACE_APPOSITIVE = EN.rule("place-appositive");
    private static final TokenPattern POSSESSIVE = EN.pattern("possessive");

    private final Gazetteer gazetteer;

    public ActorRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Entity e : gazetteer.entities()) {
            if (e.kind() != EntityKind.PERSON || e.holdings().isEmpty()) continue;
            String[] parts = e.label().strip().split("\\s+");
            if (parts.length > 1) holdersBySurname.computeIfAbsent(parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(e);
            for (Holding h : e.holdings()) {
                List<Entity> at = holdersByPost.computeIfAbsent(post(h), k -> new ArrayList<>());
                if (!at.contains(e)) at.add(e);
            }
        }
        for (Entity e : gazetteer.entities()) {
            if (e.kind() != EntityKind.PERSON) continue;
            String[] parts = e.label().strip().split("\\s+");
            if (parts.length > 1) givenNames.add(parts[0].toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Words that open someone's name ("Abdullah" of Abdullah bin Zayed): no surname to go by. */
    private final Set<String> givenNames = new HashSet<>();

    /** Office holders by the last word of their name, for "Prime Minister Johnson". */
    private final Map<String, List<Entity>> holdersBySurname = new HashMap<>();

    /**
     * Rule: "Prime Minister Johnson" names the one office holder of that surname whose office
     * is of the title's level (at the meeting's date when known), even when the bare surname is
     * too common to be a name of its own.
     */
    private Optional<Entity> surnameHolder(String surname, Optional<Entity> office, Optional<LocalDate> day) {
        Optional<MeetingLevel> level = office.flatMap(Entity::level);
        if (level.isEmpty() || givenNames.contains(surname.toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        List<Entity> hits = new ArrayList<>();
        for (Entity p : holdersBySurname.getOrDefault(surname.toLowerCase(java.util.Locale.ROOT), List.of())) {
            // a bare surname is someone in that office on the day ("President Silva" in 2017 is not Lula, out of office then)
            List<Holding> held = day.isPresent() ? p.holdings().stream().filter(h -> h.covers(day.get())).toList() : p.holdings();
            boolean fits = held.stream().anyMatch(h -> gazetteer.entity(h.officeIri()).flatMap(Entity::level).equals(level)
                    && office.flatMap(Entity::country).map(c -> gazetteer.entity(h.officeIri()).flatMap(Entity::country).map(c::equals).orElse(false)).orElse(true));
            if (fits && !hits.contains(p)) hits.add(p);
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** A place the text names as where something happens. */
    public record Venue(TextSpan span, Entity place) {
    }

    /**
     * What a stretch of text says about who and where: actors, levels of titles that belong to no
     * state ("the leaders"), venues, and people whose state the text does not give.
     */
    public record Reading(List<Actor> actors, List<MeetingLevel> looseLevels, List<Venue> venues, List<PersonRef> stateless) {
    }

    /**
     * @param text     the article text
     * @param sentence the sentence (for evidence)
     * @param window   where to read
     * @param mentions the sentence's mentions; those outside the window or inside {@code excluded} are ignored
     * @param known    people named earlier in the article (for titles without a name and bare surnames)
     * @param day      the meeting date, when known, for office holdings
     */
    public Reading read(String text, TextSpan sentence, TextSpan window, List<Mention> mentions, List<TextSpan> excluded,
                        List<KnownPerson> known, Optional<LocalDate> day) {
        List<Mention> ms = mentions.stream().filter(m -> window.contains(m.span()))
                .filter(m -> excluded.stream().noneMatch(x -> x.overlaps(m.span())))
                .filter(m -> !ambiguousState(m)).toList();
        List<Actor> actors = new ArrayList<>();
        List<MeetingLevel> loose = new ArrayList<>();
        List<Venue> places = new ArrayList<>();
        List<PersonRef> stateless = new ArrayList<>();
        Map<Integer, MeetingLevel> levelHint = new HashMap<>();
        Set<Integer> accepted = new HashSet<>();
        Set<Integer> used = new HashSet<>();

        for (int i = 0; i < ms.size(); i++) {
            if (used.contains(i)) continue;
            Mention m = ms.get(i);
            int q = -1;
            int t = -1;
            int n = -1;
            int j = i;
            if (stateish(m) && j + 1 < ms.size() && (isTitle(ms.get(j + 1)) || isPerson(ms.get(j + 1)))
                    && ADJACENT.test(gap(text, m, ms.get(j + 1)))) {
                q = j++;
            }
            if (isTitle(ms.get(j)) && !isPerson(ms.get(j))) {
                t = j;
                if (j + 1 < ms.size() && isPerson(ms.get(j + 1)) && gap(text, ms.get(j), ms.get(j + 1)).isBlank()) {
                    n = ++j;
                }
            } else if (isPerson(ms.get(j))) {
                n = j;
            } else if (q >= 0) {
                j = i; // the qualifier stands alone after all
                q = -1;
            }
            if (t < 0 && n < 0) {
                continue; // plain states, capitals and demonyms are read below
            }
            for (int k = i; k <= j; k++) used.add(k);
            Mention qual = q >= 0 ? ms.get(q) : null;
            Mention title = t >= 0 ? ms.get(t) : null;
            Optional<Entity> office = title == null ? Optional.empty() : title.first(EntityKind.OFFICE, NameRole.TITLE);
            if (qual != null && qual.has(EntityKind.STATE, NameRole.DEMONYM)) {
                // "South Korean, Chinese, and Japanese leaders": earlier demonyms in the list share the title
                for (int b = q - 1; b >= 0 && ms.get(b).has(EntityKind.STATE, NameRole.DEMONYM)
                        && LIST_GAP.test(gap(text, ms.get(b), ms.get(b + 1))); b--) {
                    Optional<MeetingLevel> l = office.flatMap(Entity::level);
                    if (l.isPresent()) levelHint.put(b, l.get());
                    accepted.add(b);
                }
            }
            if (title != null && qual == null && n < 0 && office.flatMap(Entity::country).isEmpty()) {
                // "the leaders of Japan and South Korea", "senior diplomats from China and Japan"
                int k = t + 1;
                if (k < ms.size() && stateName(ms.get(k)) && OF_GAP.test(gap(text, title, ms.get(k)))) {
                    while (k < ms.size() && stateName(ms.get(k))) {
                        Optional<MeetingLevel> l = office.flatMap(Entity::level);
                        if (l.isPresent()) levelHint.put(k, l.get());
                        accepted.add(k);
                        if (k + 1 < ms.size() && LIST_GAP.test(gap(text, ms.get(k), ms.get(k + 1)))) k++;
                        else break;
                    }
                    continue;
                }
            }
            Optional<Entity> state = Optional.empty();
            if (qual != null) state = stateOf(qual);
            if (state.isEmpty()) state = office.flatMap(Entity::country).flatMap(gazetteer::entity);
            PersonRef person = null;
            Optional<MeetingLevel> level = office.flatMap(Entity::level);
            List<EvidenceSpan> ev = new ArrayList<>();
            if (n >= 0) {
                Mention nm = ms.get(n);
                List<Entity> named = nm.all(s -> s.entity().kind() == EntityKind.PERSON && s.role() == NameRole.NAME);
                List<Entity> cands = onTheDay(nm.text(), named, day);
                // the state and level stand even when the day leaves nobody to link ("Prime Minister Kishida" is Japan's)
                if (state.isEmpty()) state = holdingState(named, day);
                if (level.isEmpty()) level = holdingLevel(named, day);
                person = new PersonRef(nm.text(), cands, office, List.of(new EvidenceSpan(personSpan(title, nm), sentence)));
            } else if (title != null) {
                int from = title.span().end();
                Match um = UNKNOWN_NAME.find(TokenSeq.of(text.substring(from, window.end())));
                TextSpan nameSpan = um == null ? null : new TextSpan(from + um.group("name").begin(), from + um.group("name").end());
                String name = nameSpan == null ? null : text.substring(nameSpan.begin(), nameSpan.end());
                String unknown = name != null && !NOT_NAMES.contains(name.split("\\s+")[0]) ? withoutStop(name) : null;
                if (unknown != null && nextMentionStartsAfter(ms, t, from + um.charEnd())) {
                    Optional<KnownPerson> ante = unknown.contains(" ") ? sameName(known, unknown) : bySurname(known, unknown, title.span().begin());
                    if (ante.isPresent()) {
                        if (state.isEmpty()) state = ante.get().state();
                        person = new PersonRef(ante.get().ref().name(), ante.get().ref().candidates(), office,
                                List.of(new EvidenceSpan(new TextSpan(title.span().begin(), nameSpan.end()), sentence)));
                    } else {
                        Optional<Entity> holder = unknown.contains(" ") ? Optional.empty() : surnameHolder(unknown, office, day);
                        if (holder.isPresent() && state.isEmpty()) state = holdingState(List.of(holder.get()), day);
                        person = new PersonRef(holder.map(Entity::label).orElse(unknown), holder.map(List::of).orElse(List.of()), office,
                                List.of(new EvidenceSpan(new TextSpan(title.span().begin(), nameSpan.end()), sentence)));
                    }
                } else if (state.isEmpty() && qual == null && !PLURAL.test(title.text())
                        && DEFINITE.test(text.substring(Math.max(window.begin(), title.span().begin() - 12), title.span().begin()))) {
                    // "the Prime Minister": one person whose state the text may give after ("of India") or leave to the speaker
                    person = new PersonRef("", List.of(), office, List.of(new EvidenceSpan(title.span(), sentence)));
                } else if (state.isPresent() && !PLURAL.test(title.text())) {
                    Optional<Entity> st = state;
                    Optional<MeetingLevel> lv = level;
                    Optional<KnownPerson> ante = antecedent(known, title.span().begin(), st.get(), office, lv);
                    EvidenceSpan tev = new EvidenceSpan(qual == null ? title.span() : new TextSpan(qual.span().begin(), title.span().end()), sentence);
                    person = ante.map(a -> new PersonRef(a.ref().name(), a.ref().candidates(), office, List.of(tev)))
                            .orElse(new PersonRef("", List.of(), office, List.of(tev)));
                }
            }
            if (state.isEmpty() && person != null) {
                // "Prime Minister Narendra Modi of India"
                int end = person.evidence().get(0).span().end();
                for (int k = j + 1; k < ms.size(); k++) {
                    Mention next = ms.get(k);
                    if (next.span().begin() < end) continue;
                    if (stateName(next) && OF_STATE.test(text.substring(end, next.span().begin()))) {
                        state = stateOf(next);
                        used.add(k);
                    }
                    break;
                }
            }
            if (state.isEmpty()) {
                level.ifPresent(loose::add);
                if (person != null) stateless.add(person);
                continue;
            }
            Mention stateMention = qual != null ? qual : (title != null ? title : ms.get(n));
            ev.add(new EvidenceSpan(stateMention.span(), sentence));
            actors.add(new Actor(state.get(), Optional.ofNullable(person), level, ev));
        }

        // plain states, capitals and demonyms
        Set<Integer> locations = new HashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            if (used.contains(i)) continue;
            Mention m = ms.get(i);
            TokenSeq before = TokenSeq.of(text.substring(Math.max(sentence.begin(), m.span().begin() - 40), m.span().begin()));
            // "in Seoul, Beijing, and Tokyo": later items of a list of venues are venues too
            if (i > 0 && locations.contains(i - 1) && LIST_GAP.test(gap(text, ms.get(i - 1), m))) {
                locations.add(i);
                venue(m).ifPresent(places::add);
                continue;
            }
            Optional<MeetingLevel> hint = Optional.ofNullable(levelHint.get(i));
            if (stateName(m)) {
                boolean appositive = i > 0 && (isPlace(ms.get(i - 1)) || capital(ms.get(i - 1)))
                        && gap(text, ms.get(i - 1), m).strip().equals(",");
                appositive = appositive || PLACE_APPOSITIVE.test(before)
                        || (text.startsWith(",", m.span().end()) && ORIGIN.test(text.substring(sentence.begin(), m.span().begin())));
                if (!accepted.contains(i) && (STATE_LOCATIVE.test(before) || appositive)) {
                    locations.add(i);
                    continue;
                }
                actors.add(new Actor(m.first(EntityKind.STATE, NameRole.NAME).get(), Optional.empty(), hint,
                        List.of(new EvidenceSpan(m.span(), sentence))));
            } else if (capital(m)) {
                boolean visit = VISIT_TO.test(before);
                if (LOCATIVE.test(before) || visit) {
                    // "visited Kyiv": where, and the host state takes part
                    venue(m).ifPresent(places::add);
                    locations.add(i);
                    if (!visit) continue;
                }
                actors.add(new Actor(m.first(EntityKind.STATE, NameRole.CAPITAL).get(), Optional.empty(), hint,
                        List.of(new EvidenceSpan(m.span(), sentence))));
            } else if (m.has(EntityKind.STATE, NameRole.DEMONYM)) {
                TokenSeq after = TokenSeq.of(text.substring(m.span().end(), Math.min(window.end(), m.span().end() + 40)));
                Match capitalNoun = CAPITAL_NOUN.find(after);
                if (capitalNoun != null) {
                    // "in the Japanese capital": a venue, not a party
                    Optional<Entity> st = m.first(EntityKind.STATE, NameRole.DEMONYM);
                    Optional<Entity> cap = st.flatMap(x -> gazetteer.capitalOf(x.iri()));
                    if (cap.isPresent()) {
                        int end = m.span().end() + capitalNoun.charEnd();
                        places.add(new Venue(new TextSpan(m.span().begin(), end), cap.get()));
                    }
                    continue;
                }
                boolean head = HEAD_NOUN.test(after);
                boolean listed = accepted.contains(i) || demonymListHead(text, ms, i, window);
                if (!head && !listed) continue;
                actors.add(new Actor(m.first(EntityKind.STATE, NameRole.DEMONYM).get(), Optional.empty(), hint,
                        List.of(new EvidenceSpan(m.span(), sentence))));
            } else if (isPlace(m)) {
                if (LOCATIVE.test(before)) {
                    venue(m).ifPresent(places::add);
                    locations.add(i);
                }
            } else if (isTitle(m)) {
                m.first(EntityKind.OFFICE, NameRole.TITLE).flatMap(Entity::level).ifPresent(loose::add);
            }
        }
        surnameReferences(text, sentence, window, ms, excluded, known, actors);
        actors.sort((a, b) -> a.evidence().get(0).compareTo(b.evidence().get(0)));
        return new Reading(actors, loose, places, stateless);
    }

    /**
     * Rule: a bare capitalised surname ("Modi") refers to the one person of that surname named
     * earlier. A capitalised word is a shape (a capital, then letters, apostrophes or hyphens) that
     * names no word of any language, so it stays here; the possessive it may end with is English,
     * the pattern {@code possessive}.
     */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+\\b");

    private void surnameReferences(String text, TextSpan sentence, TextSpan window, List<Mention> ms, List<TextSpan> excluded,
                                   List<KnownPerson> known, List<Actor> actors) {
        Matcher m = CAPITALISED_WORD.matcher(text);
        m.region(window.begin(), window.end());
        Map<String, String[]> nameParts = new HashMap<>(); // the known names are split once per window, not once per word
        while (m.find()) {
            TextSpan w = new TextSpan(m.start(), m.end());
            if (ms.stream().anyMatch(x -> x.span().overlaps(w)) || excluded.stream().anyMatch(x -> x.overlaps(w))) continue;
            if (actors.stream().anyMatch(a -> a.person().map(p -> p.evidence().stream().anyMatch(e -> e.span().overlaps(w))).orElse(false))) {
                continue;
            }
            String word = m.group();
            Match possessive = POSSESSIVE.find(TokenSeq.of(word));
            if (possessive != null) word = word.substring(0, possessive.begin());
            Map<String, KnownPerson> hits = new HashMap<>();
            for (KnownPerson k : recent(known, w.begin())) {
                String[] parts = nameParts.computeIfAbsent(k.ref().name(), n -> n.split("\\s+"));
                boolean family = parts[parts.length - 1].equals(word) || parts[0].equals(word)
                        || (word.length() >= 3 && java.util.Arrays.asList(parts).contains(word));
                if (parts.length >= 2 && family && k.state().isPresent()) {
                    hits.put(identity(k.ref()), k);
                }
            }
            if (hits.size() != 1) continue;
            KnownPerson k = hits.values().iterator().next();
            EvidenceSpan ev = new EvidenceSpan(w, sentence);
            actors.add(new Actor(k.state().get(), Optional.of(new PersonRef(k.ref().name(), k.ref().candidates(), k.ref().office(),
                    List.of(ev))), k.level(), List.of(ev)));
        }
    }

    /** "Japanese and South Korean counterparts": a demonym followed by more demonyms and then an actor noun. */
    private static boolean demonymListHead(String text, List<Mention> ms, int i, TextSpan window) {
        int k = i;
        while (k + 1 < ms.size() && ms.get(k + 1).has(EntityKind.STATE, NameRole.DEMONYM)
                && LIST_GAP.test(gap(text, ms.get(k), ms.get(k + 1)))) {
            k++;
        }
        if (k == i) return false;
        Mention last = ms.get(k);
        return HEAD_NOUN.test(text.substring(last.span().end(), Math.min(window.end(), last.span().end() + 40)));
    }

    private static TextSpan personSpan(Mention title, Mention name) {
        return title == null ? name.span() : new TextSpan(title.span().begin(), name.span().end());
    }

    private static boolean nextMentionStartsAfter(List<Mention> ms, int t, int end) {
        return t + 1 >= ms.size() || ms.get(t + 1).span().begin() >= end;
    }

    /** How many of the people named before a position a reference to one of them looks back at: a bounded window keeps reading linear. */
    private static final int REACH = 48;

    /** The last {@link #REACH} people named before {@code before} ({@code known} is in text order). */
    public static List<KnownPerson> recent(List<KnownPerson> known, int before) {
        int lo = 0;
        int hi = known.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (known.get(mid).offset() < before) lo = mid + 1;
            else hi = mid;
        }
        return known.subList(Math.max(0, lo - REACH), lo);
    }

    private Optional<KnownPerson> bySurname(List<KnownPerson> known, String surname, int before) {
        Set<String> names = new LinkedHashSet<>();
        KnownPerson hit = null;
        for (KnownPerson k : recent(known, before)) {
            for (String w : k.ref().name().split("[\\s-]+")) {
                if (w.equalsIgnoreCase(surname)) {
                    names.add(identity(k.ref()));
                    hit = k;
                }
            }
        }
        return names.size() == 1 ? Optional.of(hit) : Optional.empty();
    }

    /** "President Emmanuel Macron" after "French President Emmanuel Macron": the same name, with the state told anywhere. */
    private static Optional<KnownPerson> sameName(List<KnownPerson> known, String name) {
        Set<String> states = new LinkedHashSet<>();
        KnownPerson hit = null;
        for (KnownPerson k : known) {
            if (k.ref().name().equalsIgnoreCase(name) && k.state().isPresent()) {
                states.add(k.state().get().iri());
                hit = k;
            }
        }
        return states.size() == 1 ? Optional.of(hit) : Optional.empty();
    }

    /** The one person named earlier who holds the title's office, or is of the same state and level. */
    private Optional<KnownPerson> antecedent(List<KnownPerson> known, int before, Entity state, Optional<Entity> office,
                                             Optional<MeetingLevel> level) {
        Map<String, KnownPerson> hits = new HashMap<>();
        for (KnownPerson k : recent(known, before)) {
            boolean sameOffice = office.flatMap(Entity::country).isPresent() && k.ref().candidates().size() == 1
                    && k.ref().candidates().get(0).holdings().stream().anyMatch(h -> h.officeIri().equals(office.get().iri()));
            boolean sameRank = k.state().map(s -> s.iri().equals(state.iri())).orElse(false)
                    && level.isPresent() && k.level().equals(level);
            if (sameOffice || sameRank) hits.put(identity(k.ref()), k);
        }
        return hits.size() == 1 ? hits.values().stream().findFirst() : Optional.empty();
    }

    /** The same person however they were written: their gazetteer entry when there is one, else the name. */
    private static String identity(PersonRef p) {
        return p.candidates().size() == 1 ? p.candidates().get(0).iri() : p.name();
    }

    /**
     * Rule: a name form that is a title and a short name ("President Lee", "Premier Li") names
     * only someone in office on the day, as a title and a bare surname do: "President Lee" in 2011
     * is not Lee Jae-myung, President from 2025. A reading is dropped only when the data shows who
     * was in office instead (another reading, or another holder of an office of the same state and
     * level that day), so a term the tables miss does not lose a name. Full names keep every reading.
     */
    List<Entity> onTheDay(String surface, List<Entity> people, Optional<LocalDate> day) {
        if (day.isEmpty() || people.isEmpty()) return people;
        String lower = surface.toLowerCase(java.util.Locale.ROOT);
        if (TITLE_HEADS.stream().noneMatch(lower::startsWith)) return people;
        List<Entity> in = people.stream().filter(p -> lower.endsWith(" " + p.label().toLowerCase(java.util.Locale.ROOT))
                || p.holdings().isEmpty() || p.holdings().stream().anyMatch(h -> h.covers(day.get()))).toList();
        if (in.size() == people.size()) return people;
        return people.stream().filter(p -> in.contains(p) || (in.isEmpty() && !someoneElseInOffice(p, day.get()))).toList();
    }

    /** Whether another person held an office of the same state and level as one of {@code p}'s on {@code day}. */
    private boolean someoneElseInOffice(Entity p, LocalDate day) {
        for (Holding h : p.holdings()) {
            String post = post(h);
            for (Entity q : holdersByPost.getOrDefault(post, List.of())) {
                if (!q.iri().equals(p.iri()) && q.holdings().stream().anyMatch(o -> o.covers(day) && post(o).equals(post))) return true;
            }
        }
        return false;
    }

    /** An office's state and level ("Q884 Leaders"): the post a title names, whichever office node the tables give it. */
    private String post(Holding h) {
        Optional<Entity> office = gazetteer.entity(h.officeIri());
        return office.flatMap(Entity::country).orElse("?") + " " + office.flatMap(Entity::level).map(Enum::name).orElse("?");
    }

    /** Office holders by the state and level of their offices. */
    private final Map<String, List<Entity>> holdersByPost = new HashMap<>();

    /**
     * The state a person's offices belong to: at {@code day} when known, else any, if they agree. A
     * person whose every office ended well before the day acts for no state: the UN Secretary-General
     * Ban Ki-moon was once Korea's foreign minister, the European Council's Donald Tusk Poland's prime
     * minister.
     */
    public Optional<Entity> holdingState(List<Entity> people, Optional<LocalDate> day) {
        Set<String> states = new LinkedHashSet<>();
        for (Entity p : people) {
            if (day.isPresent() && former(p, day.get())) continue;
            for (Holding h : relevant(p, day)) {
                gazetteer.entity(h.officeIri()).flatMap(Entity::country).ifPresent(states::add);
            }
        }
        return states.size() == 1 ? gazetteer.entity(states.iterator().next()) : Optional.empty();
    }

    /** How long after leaving office a person is still written about as holding it ("outgoing", a handover). */
    static final int FORMER_AFTER_DAYS = 60;

    private static boolean former(Entity person, LocalDate day) {
        List<Holding> hs = person.holdings();
        return !hs.isEmpty() && hs.stream().allMatch(h -> h.end().filter(e -> e.plusDays(FORMER_AFTER_DAYS).isBefore(day)).isPresent());
    }

    public Optional<MeetingLevel> holdingLevel(List<Entity> people, Optional<LocalDate> day) {
        Set<MeetingLevel> levels = new LinkedHashSet<>();
        for (Entity p : people) {
            List<Holding> hs = relevant(p, day);
            if (!hs.isEmpty()) gazetteer.entity(hs.get(hs.size() - 1).officeIri()).flatMap(Entity::level).ifPresent(levels::add);
        }
        return levels.size() == 1 ? Optional.of(levels.iterator().next()) : Optional.empty();
    }

    private static List<Holding> relevant(Entity person, Optional<LocalDate> day) {
        if (day.isPresent()) {
            List<Holding> at = person.holdings().stream().filter(h -> h.covers(day.get())).toList();
            if (!at.isEmpty()) return at;
        }
        return person.holdings();
    }

    /** "William Ruto." at the end of a sentence is "William Ruto"; an initial ("S.") keeps its stop. */
    private static String withoutStop(String name) {
        String[] parts = name.split("\\s+");
        String last = parts[parts.length - 1];
        return last.endsWith(".") && last.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    /** Rule: "Congolese" is the demonym of two states; a mention that could be either links to neither. */
    static boolean ambiguousState(Mention m) {
        return m.senses().stream().filter(x -> x.entity().kind() == EntityKind.STATE).map(x -> x.entity().iri()).distinct().count() > 1;
    }

    private static Optional<Venue> venue(Mention m) {
        return m.first(EntityKind.PLACE, NameRole.NAME).map(p -> new Venue(m.span(), p));
    }

    static String gap(String text, Mention a, Mention b) {
        return a.span().end() <= b.span().begin() ? text.substring(a.span().end(), b.span().begin()) : "";
    }

    static boolean isTitle(Mention m) {
        return m.has(EntityKind.OFFICE, NameRole.TITLE);
    }

    static boolean isPerson(Mention m) {
        return m.has(EntityKind.PERSON, NameRole.NAME);
    }

    static boolean isPlace(Mention m) {
        return m.has(EntityKind.PLACE, NameRole.NAME);
    }

    static boolean capital(Mention m) {
        return m.has(EntityKind.STATE, NameRole.CAPITAL);
    }

    static boolean stateName(Mention m) {
        return m.has(EntityKind.STATE, NameRole.NAME);
    }

    static boolean stateish(Mention m) {
        return stateName(m) || m.has(EntityKind.STATE, NameRole.DEMONYM) || capital(m);
    }

    static Optional<Entity> stateOf(Mention m) {
        return m.senses().stream().filter(s -> s.entity().kind() == EntityKind.STATE).map(s -> s.entity()).findFirst();
    }
}
