package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.rules.Actor;

/** A meeting being assembled from one or more clauses; frozen into a {@link Meeting} at the end. */
final class Draft {
    /** Settled by the frame; merging raises a wish to the schedule told after it. */
    MeetingStatus status;
    final Map<String, PartyDraft> parties = new LinkedHashMap<>();
    final List<MeetingLevel> looseLevels = new ArrayList<>();
    final List<EvidenceSpan> evidence = new ArrayList<>();
    PlaceRef place;
    PlaceRef sidelines;
    MeetingDate date;
    boolean separate;
    /** The name the text gives the meeting ("Japan-Egypt Summit Meeting"), folded, if a compound name founded it. */
    String name;
    /** Told as another, earlier meeting than the one the text is about: it takes no place from the text's setting. */
    boolean recalled;
    /** Held only for want of a tense ("Prime Minister Kishida's Visit to Egypt, Ghana and Kenya"): the text may time it elsewhere. */
    boolean untensed;

    Draft(MeetingStatus status) {
        this.status = status;
    }

    static final class PartyDraft {
        final Entity state;
        final List<PersonRef> people = new ArrayList<>();
        final List<MeetingLevel> levels = new ArrayList<>();
        final List<EvidenceSpan> evidence = new ArrayList<>();

        PartyDraft(Entity state) {
            this.state = state;
        }

        void addPerson(PersonRef p) {
            for (int i = 0; i < people.size(); i++) {
                PersonRef q = people.get(i);
                if (same(p, q)) {
                    List<EvidenceSpan> ev = new ArrayList<>(q.evidence());
                    p.evidence().stream().filter(e -> !ev.contains(e)).forEach(ev::add);
                    PersonRef keep = q.named() ? q : p;
                    people.set(i, new PersonRef(keep.name(), keep.candidates(), keep.office().or(p::office), ev));
                    return;
                }
            }
            people.add(p);
        }

        static boolean same(PersonRef a, PersonRef b) {
            if (a.named() && b.named()) {
                return a.name().equalsIgnoreCase(b.name()) || surnameOf(a.name(), b.name()) || surnameOf(b.name(), a.name())
                        || (!a.candidates().isEmpty() && a.candidates().equals(b.candidates()));
            }
            return true; // a bare title joins the party's named person, or another bare title
        }

        Optional<MeetingLevel> level() {
            return levels.stream().min(Comparator.naturalOrder());
        }

        /** "Guebuza" is the surname of "Armando Guebuza": the same person told again more briefly. */
        static boolean surnameOf(String shorter, String longer) {
            return !shorter.contains(" ") && longer.length() > shorter.length()
                    && longer.regionMatches(true, longer.length() - shorter.length(), shorter, 0, shorter.length())
                    && longer.charAt(longer.length() - shorter.length() - 1) == ' ';
        }
    }

    void add(Actor a) {
        PartyDraft p = parties.computeIfAbsent(a.state().iri(), k -> new PartyDraft(a.state()));
        a.person().ifPresent(p::addPerson);
        a.level().ifPresent(p.levels::add);
        a.evidence().stream().filter(e -> !p.evidence.contains(e)).forEach(p.evidence::add);
    }

    /**
     * Two reports can be one meeting when their parties' levels and named people do not contradict
     * each other. Levels are compared party by party: "the Tánaiste will visit Kenya" gives no level
     * for Kenya, so it agrees with "the Tánaiste will meet Kenya's President" told after it.
     */
    boolean compatible(Draft o) {
        for (var e : o.parties.entrySet()) {
            PartyDraft p = parties.get(e.getKey());
            if (p == null) continue;
            Optional<MeetingLevel> mine = p.level();
            Optional<MeetingLevel> theirs = e.getValue().level();
            if (mine.isPresent() && theirs.isPresent() && mine.get() != theirs.get()) return false;
        }
        if (place != null && o.place != null && !place.label().equals(o.place.label())) return false;
        if (sidelines != null && o.sidelines != null && !sameGathering(sidelines, o.sidelines)) return false;
        if (date != null && o.date != null && !date.lexical().equals(o.date.lexical())) return false;
        for (var e : o.parties.entrySet()) {
            PartyDraft p = parties.get(e.getKey());
            if (p == null) continue;
            List<PersonRef> a = p.people.stream().filter(PersonRef::named).toList();
            List<PersonRef> b = e.getValue().people.stream().filter(PersonRef::named).toList();
            if (!a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(x -> b.stream().anyMatch(y -> PartyDraft.same(x, y)))) {
                return false;
            }
        }
        return true;
    }

    /** Two phrases name the same gathering when they share a convenor ("APEC Summit", "the APEC gathering") or are written alike. */
    private static boolean sameGathering(PlaceRef a, PlaceRef b) {
        if (a.convenor().isPresent() && b.convenor().isPresent()) return a.convenor().get().iri().equals(b.convenor().get().iri());
        return a.label().equalsIgnoreCase(b.label());
    }

    void absorb(Draft o) {
        for (PartyDraft op : o.parties.values()) {
            PartyDraft p = parties.computeIfAbsent(op.state.iri(), k -> new PartyDraft(op.state));
            op.people.forEach(p::addPerson);
            p.levels.addAll(op.levels);
            op.evidence.stream().filter(e -> !p.evidence.contains(e)).forEach(p.evidence::add);
        }
        looseLevels.addAll(o.looseLevels);
        o.evidence.stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        if (place == null) place = o.place;
        if (sidelines == null) sidelines = o.sidelines;
        if (date == null) date = o.date;
    }

    /** The highest level that two parties share; else the level the wording gives ("leaders", "summit"); else one party's. */
    Optional<MeetingLevel> level() {
        Map<MeetingLevel, Integer> votes = new EnumMap<>(MeetingLevel.class);
        for (PartyDraft p : parties.values()) p.level().ifPresent(l -> votes.merge(l, 1, Integer::sum));
        for (MeetingLevel l : MeetingLevel.values()) {
            if (votes.getOrDefault(l, 0) >= 2) return Optional.of(l);
        }
        if (!looseLevels.isEmpty()) return looseLevels.stream().min(Comparator.naturalOrder());
        return votes.keySet().stream().min(Comparator.naturalOrder());
    }

    /** The sentence of the draft's earliest evidence; call only when it has evidence. */
    org.diplokg.lang.TextSpan firstSentence() {
        return evidence.stream().map(EvidenceSpan::sentence).min(org.diplokg.lang.TextSpan::compareTo).orElseThrow();
    }

    Meeting toMeeting(String articleId) {
        List<Party> out = new ArrayList<>();
        for (PartyDraft p : parties.values()) {
            List<PersonRef> people = p.people.stream().filter(r -> r.named() || p.people.size() == 1).toList();
            out.add(new Party(p.state, people, p.level(), new ArrayList<>(new TreeSet<>(p.evidence))));
        }
        return new Meeting(articleId, status, level(), out, Optional.ofNullable(place), Optional.ofNullable(sidelines),
                Optional.ofNullable(date), new ArrayList<>(new TreeSet<>(evidence)));
    }
}
