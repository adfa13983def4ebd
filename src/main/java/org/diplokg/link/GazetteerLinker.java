package org.diplokg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplokg.extract.Meeting;
import org.diplokg.extract.Party;
import org.diplokg.extract.PersonRef;
import org.diplokg.extract.PlaceRef;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Holding;
import org.diplokg.extract.gazetteer.Slug;

/**
 * Links through the gazetteer. A name with one entry links by name; a name with several is
 * settled by the office held on the meeting date or left unlinked; a bare title links to the
 * office's holder on the meeting date, and only when exactly one person held it then.
 */
public final class GazetteerLinker implements Linker {
    private static final String ID = "https://w3id.org/diplokg/id/";
    private final Gazetteer gazetteer;

    public GazetteerLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public LinkedMeeting link(Meeting m) {
        Optional<LocalDate> day = m.date().filter(d -> d.precision() == org.diplokg.extract.MeetingDate.Precision.DAY)
                .map(d -> LocalDate.parse(d.lexical()));
        List<LinkedEntity> states = new ArrayList<>();
        List<LinkedParticipant> people = new ArrayList<>();
        List<LinkIssue> issues = new ArrayList<>();
        for (Party p : m.parties()) {
            LinkedEntity state = fromGazetteer(p.state(), LinkBasis.NAME);
            states.add(state);
            for (PersonRef ref : p.people()) {
                person(m, ref, p.state(), day, issues)
                        .ifPresent(le -> people.add(new LinkedParticipant(le, state, ref.evidence())));
            }
        }
        Optional<LinkedEntity> place = m.place().map(pl -> placeLike(pl, EntityKind.PLACE, "place/"));
        Optional<LinkedEntity> gathering = m.sidelines().map(g -> placeLike(g, EntityKind.GATHERING, "gathering/"));
        Optional<LinkedEntity> convenor = m.sidelines().flatMap(PlaceRef::convenor)
                .map(e -> fromGazetteer(e, LinkBasis.NAME));
        return new LinkedMeeting(m, states, people, place, gathering, convenor, issues);
    }

    private Optional<LinkedEntity> person(Meeting m, PersonRef ref, Entity state, Optional<LocalDate> day,
                                          List<LinkIssue> issues) {
        List<Entity> cands = ref.candidates();
        var span = ref.evidence().isEmpty() ? null : ref.evidence().get(0).span();
        if (cands.size() == 1) {
            return Optional.of(withoutQid(m, span, ref.name(), state, personOf(cands.get(0), LinkBasis.NAME), issues));
        }
        if (cands.size() > 1) {
            List<Entity> fit = cands.stream().filter(c -> heldOfficeOf(c, state, ref.office(), day)).toList();
            if (fit.size() == 1) {
                return Optional.of(withoutQid(m, span, ref.name(), state, personOf(fit.get(0), LinkBasis.NAME_AND_OFFICE), issues));
            }
            issues.add(new LinkIssue(m.articleId(), span, ref.name(), LinkIssue.Kind.AMBIGUOUS, state.label(),
                    cands.stream().map(Entity::iri).toList()));
            return Optional.of(local(ref.name(), state));
        }
        if (ref.named()) {
            issues.add(new LinkIssue(m.articleId(), span, ref.name(), LinkIssue.Kind.UNLINKED, state.label(), List.of()));
            return Optional.of(local(ref.name(), state));
        }
        // a bare title: the office's holder on the meeting date, if exactly one
        if (ref.office().isPresent() && ref.office().get().country().isPresent() && day.isPresent()) {
            String office = ref.office().get().iri();
            List<Entity> holders = gazetteer.entities().stream()
                    .filter(e -> e.kind() == EntityKind.PERSON)
                    .filter(e -> e.holdings().stream().anyMatch(h -> h.officeIri().equals(office) && h.covers(day.get())))
                    .toList();
            if (holders.size() == 1) {
                return Optional.of(withoutQid(m, span, ref.office().get().label(), state,
                        personOf(holders.get(0), LinkBasis.OFFICE_AND_DATE), issues));
            }
            String text = ref.office().get().label();
            issues.add(new LinkIssue(m.articleId(), span, text, LinkIssue.Kind.UNRESOLVED_OFFICE, state.label(),
                    holders.stream().map(Entity::iri).toList()));
        }
        return Optional.empty();
    }

    /** A gazetteer person with the offices they held, each with its state, for the published graph. */
    LinkedEntity personOf(Entity e, LinkBasis basis) {
        List<HeldOffice> offices = new ArrayList<>();
        for (Holding h : e.holdings()) {
            Optional<Entity> o = gazetteer.entity(h.officeIri());
            offices.add(new HeldOffice(h.officeIri(), o.map(Entity::label).orElse(h.officeIri()),
                    o.flatMap(Entity::qid), o.flatMap(Entity::country), h.start(), h.end()));
        }
        return new LinkedEntity(e.iri(), e.label(), e.kind(), e.qid(), basis, offices);
    }

    /** Records a gazetteer person without a checked QID, so curators see who still needs one. */
    private static LinkedEntity withoutQid(Meeting m, org.diplokg.lang.TextSpan span, String text, Entity state,
                                           LinkedEntity person, List<LinkIssue> issues) {
        if (person.qid().isEmpty()) {
            issues.add(new LinkIssue(m.articleId(), span, text, LinkIssue.Kind.NO_QID, state.label(), List.of(person.iri())));
        }
        return person;
    }

    private boolean heldOfficeOf(Entity person, Entity state, Optional<Entity> office, Optional<LocalDate> day) {
        for (Holding h : person.holdings()) {
            Optional<Entity> o = gazetteer.entity(h.officeIri());
            boolean ofState = o.flatMap(Entity::country).map(c -> c.equals(state.iri())).orElse(false);
            boolean sameOffice = office.map(x -> x.iri().equals(h.officeIri())).orElse(false);
            boolean inTime = day.map(h::covers).orElse(true);
            if ((ofState || sameOffice) && inTime) return true;
        }
        return false;
    }

    /** A person outside the gazetteer: the same normalised name and state always give the same IRI. */
    static LinkedEntity local(String name, Entity state) {
        String stateKey = state.qid().orElse(Slug.of(state.label())).toLowerCase(java.util.Locale.ROOT);
        return new LinkedEntity(ID + "person/" + Slug.of(name) + "--" + stateKey, name.strip(),
                EntityKind.PERSON, Optional.empty(), LinkBasis.LOCAL);
    }

    private static LinkedEntity placeLike(PlaceRef ref, EntityKind kind, String path) {
        return ref.entity().map(e -> fromGazetteer(e, LinkBasis.NAME))
                .orElseGet(() -> new LinkedEntity(ID + path + Slug.of(ref.label()), ref.label(), kind,
                        Optional.empty(), LinkBasis.LOCAL));
    }

    static LinkedEntity fromGazetteer(Entity e, LinkBasis basis) {
        return new LinkedEntity(e.iri(), e.label(), e.kind(), e.qid(), basis);
    }
}
