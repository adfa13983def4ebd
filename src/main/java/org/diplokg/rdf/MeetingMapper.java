package org.diplokg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.EvidenceSpan;
import org.diplokg.extract.Meeting;
import org.diplokg.extract.MeetingDate;
import org.diplokg.extract.MeetingLevel;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.Party;
import org.diplokg.extract.PlaceRef;
import org.diplokg.link.HeldOffice;
import org.diplokg.link.LinkBasis;
import org.diplokg.link.LinkedEntity;
import org.diplokg.link.LinkedMeeting;
import org.diplokg.link.LinkedParticipant;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * Maps one article and its linked meetings onto the ontology, emitting triples to a
 * {@link StreamRDF} (a graph, a Turtle writer or a store). Each meeting the article reports becomes
 * a {@code dkg:MeetingReport} with the facts as this article states them; which
 * {@code dkg:DiplomaticMeeting} it reports is decided across articles by {@code org.diplokg.resolve}. Every literal is built as a Jena
 * node, so quotes, newlines and angle brackets in news text stay safe. Triples come out in a
 * fixed order for a given input.
 */
public final class MeetingMapper {
    private static final Node SCHEMA_SAME_AS = NodeFactory.createURI(Namespaces.SCHEMA + "sameAs");

    /** Emits the article (with its text) and its meetings; does not call start/finish. */
    public void map(Article article, List<LinkedMeeting> meetings, StreamRDF out) {
        Emitter e = new Emitter(out, article);
        e.article();
        for (LinkedMeeting lm : meetings) {
            e.meeting(lm);
        }
    }

    private static final class Emitter {
        final StreamRDF out;
        final Article a;
        final Node articleNode;
        final Node context;
        final Set<Node> described = new HashSet<>();
        final Set<Node> spans = new HashSet<>();

        Emitter(StreamRDF out, Article a) {
            this.out = out;
            this.a = a;
            this.articleNode = IriScheme.article(a.id());
            this.context = IriScheme.span(a.id(), 0, a.text().codePointCount(0, a.text().length()));
        }

        void t(Node s, Node p, Node o) {
            out.triple(Triple.create(s, p, o));
        }

        static Node lit(String s) {
            return NodeFactory.createLiteralString(s);
        }

        static Node en(String s) {
            return NodeFactory.createLiteralLang(s, "en");
        }

        static Node typed(String lex, XSDDatatype dt) {
            return NodeFactory.createLiteralDT(lex, dt);
        }

        void article() {
            t(articleNode, RDF.type.asNode(), DKG.Article);
            t(articleNode, DCTerms.identifier.asNode(), lit(a.id()));
            t(articleNode, DCTerms.title.asNode(), lit(a.title()));
            t(articleNode, RDFS.label.asNode(), lit(a.title()));
            a.published().ifPresent(d -> t(articleNode, DCTerms.issued.asNode(), typed(d.toString(), XSDDatatype.XSDdate)));
            a.source().ifPresent(s -> t(articleNode, DCTerms.source.asNode(), NodeFactory.createURI(s)));
            t(articleNode, DKG.text, context);
            t(context, RDF.type.asNode(), Namespaces.NIF_CONTEXT);
            t(context, Namespaces.NIF_IS_STRING, lit(a.text()));
            t(context, Namespaces.NIF_BEGIN_INDEX, typed("0", XSDDatatype.XSDnonNegativeInteger));
            t(context, Namespaces.NIF_END_INDEX,
                    typed(Integer.toString(a.text().codePointCount(0, a.text().length())), XSDDatatype.XSDnonNegativeInteger));
        }

        /** The report IRIs minted for this article so far: a twin key gets the next ordinal. */
        private final java.util.Set<Node> minted = new java.util.HashSet<>();

        private Node reportNode(Meeting m, List<String> stateIris, int firstCp) {
            Node mn = IriScheme.report(a.id(), m.status().label(), stateIris, firstCp);
            for (int ordinal = 1; !minted.add(mn); ordinal++) {
                mn = IriScheme.report(a.id(), m.status().label(), stateIris, firstCp, ordinal);
            }
            return mn;
        }

        void meeting(LinkedMeeting lm) {
            Meeting m = lm.meeting();
            List<String> stateIris = lm.states().stream().map(LinkedEntity::iri).toList();
            int first = m.evidence().isEmpty() ? 0 : m.evidence().get(0).span().begin();
            Node mn = reportNode(m, stateIris, cp(first));
            t(mn, RDF.type.asNode(), DKG.MeetingReport);
            t(mn, RDFS.label.asNode(), en(label(m, lm)));
            t(mn, DKG.status, status(m.status()));
            m.level().ifPresent(l -> t(mn, DKG.level, level(l)));
            t(mn, Namespaces.PROV_WAS_DERIVED_FROM, articleNode);
            a.published().ifPresent(d -> t(mn, DKG.reportDate, typed(d.toString(), XSDDatatype.XSDdate)));
            for (int i = 0; i < m.parties().size(); i++) {
                Party p = m.parties().get(i);
                LinkedEntity s = lm.states().get(i);
                Node sn = entity(s, DKG.State);
                t(mn, DKG.participatingState, sn);
                for (EvidenceSpan ev : p.evidence()) mention(mn, ev, sn, null);
            }
            for (LinkedParticipant lp : lm.participants()) {
                Node pn = entity(lp.person(), DKG.Person);
                t(mn, DKG.participant, pn);
                for (EvidenceSpan ev : lp.evidence()) mention(mn, ev, pn, lp.person().basis());
            }
            lm.place().ifPresent(pl -> {
                Node n = entity(pl, DKG.Place);
                t(mn, DKG.location, n);
                m.place().ifPresent(ref -> ref.evidence().forEach(ev -> mention(mn, ev, n, null)));
            });
            lm.gathering().ifPresent(g -> {
                Node n = entity(g, DKG.Gathering);
                t(mn, DKG.onSidelinesOf, n);
                lm.convenor().ifPresent(c -> t(n, DKG.convenedBy, entity(c, DKG.Organization)));
                m.sidelines().map(PlaceRef::evidence).orElse(List.of()).forEach(ev -> mention(mn, ev, n, null));
            });
            m.date().ifPresent(d -> {
                // a date XSD would not accept (e.g. a year without four digits) is left out rather than published malformed
                if (dateType(d.precision()).isValid(d.lexical())) t(mn, DKG.date, typed(d.lexical(), dateType(d.precision())));
                d.evidence().forEach(ev -> mention(mn, ev, null, null));
            });
            for (EvidenceSpan ev : m.evidence()) mention(mn, ev, null, null);
        }

        Node entity(LinkedEntity e, Node type) {
            Node n = NodeFactory.createURI(e.iri());
            if (described.add(n)) {
                t(n, RDF.type.asNode(), type);
                // names read from the text keep no language tag: "Сергей Рябков" is not English
                t(n, RDFS.label.asNode(), e.basis() == LinkBasis.LOCAL && e.qid().isEmpty() ? lit(e.label()) : en(e.label()));
                e.qid().ifPresent(q -> sameAs(n, q));
                for (HeldOffice h : e.offices()) holding(n, h);
            }
            return n;
        }

        void sameAs(Node n, String qid) {
            Node wd = NodeFactory.createURI(Namespaces.WD + qid);
            t(n, OWL.sameAs.asNode(), wd);
            t(n, SCHEMA_SAME_AS, wd);
        }

        /** A gazetteer office holding of a linked person, so SHACL can check the link against the meeting. */
        void holding(Node person, HeldOffice h) {
            Node office = NodeFactory.createURI(h.officeIri());
            String key = h.officeIri().substring(h.officeIri().lastIndexOf('/') + 1) + "/"
                    + h.start().map(Object::toString).orElse("undated");
            Node hn = NodeFactory.createURI(person.getURI() + "/holding/" + key);
            t(person, DKG.holds, hn);
            if (!described.add(hn)) return;
            t(hn, RDF.type.asNode(), DKG.OfficeHolding);
            t(hn, DKG.office, office);
            h.start().ifPresent(d -> t(hn, DKG.startDate, typed(d.toString(), XSDDatatype.XSDdate)));
            h.end().ifPresent(d -> t(hn, DKG.endDate, typed(d.toString(), XSDDatatype.XSDdate)));
            if (described.add(office)) {
                t(office, RDF.type.asNode(), DKG.Office);
                t(office, RDFS.label.asNode(), en(h.officeLabel()));
                h.officeQid().ifPresent(q -> sameAs(office, q));
                h.stateIri().ifPresent(st -> t(office, DKG.country, NodeFactory.createURI(st)));
            }
        }

        void mention(Node meeting, EvidenceSpan ev, Node entity, LinkBasis basis) {
            Node sn = spanNode(ev.span(), ev.sentence());
            t(meeting, DKG.evidence, sn);
            if (entity != null) {
                t(sn, Namespaces.ITSRDF_TA_IDENT_REF, entity);
                if (basis != null && basis != LinkBasis.LOCAL) t(sn, DKG.linkBasis, basis(basis));
            }
        }

        Node spanNode(TextSpan span, TextSpan sentence) {
            int b = cp(span.begin());
            int e = cp(span.end());
            Node sn = IriScheme.span(a.id(), b, e);
            if (spans.add(sn)) {
                t(sn, RDF.type.asNode(), Namespaces.NIF_STRING);
                t(sn, RDF.type.asNode(), Namespaces.NIF_OFFSET_BASED_STRING);
                t(sn, Namespaces.NIF_REFERENCE_CONTEXT, context);
                t(sn, Namespaces.NIF_BEGIN_INDEX, typed(Integer.toString(b), XSDDatatype.XSDnonNegativeInteger));
                t(sn, Namespaces.NIF_END_INDEX, typed(Integer.toString(e), XSDDatatype.XSDnonNegativeInteger));
                t(sn, Namespaces.NIF_ANCHOR_OF, lit(a.cover(span)));
                t(sn, DKG.sentence, lit(a.cover(sentence)));
            }
            return sn;
        }

        /** Code points before each UTF-16 index, made on the first span of a text outside the BMP (null: none there). */
        private int[] codePoints;
        private boolean counted;

        /** The code point offset of a UTF-16 index, in constant time: counting from the start for every span was quadratic. */
        int cp(int utf16) {
            if (!counted) {
                counted = true;
                String t = a.text();
                boolean bmp = true;
                for (int i = 0; i < t.length() && bmp; i++) bmp = !Character.isSurrogate(t.charAt(i));
                if (!bmp) {
                    codePoints = new int[t.length() + 1];
                    for (int i = 0; i < t.length(); i++) {
                        codePoints[i + 1] = codePoints[i] + (Character.isLowSurrogate(t.charAt(i)) && i > 0 && Character.isHighSurrogate(t.charAt(i - 1)) ? 0 : 1);
                    }
                }
            }
            return codePoints == null ? utf16 : codePoints[utf16];
        }
    }

    static String label(Meeting m, LinkedMeeting lm) {
        return MeetingLabel.of(m.level().map(MeetingMapper::level), lm.states().stream().map(LinkedEntity::label).toList(),
                lm.place().map(LinkedEntity::label), m.date().map(MeetingDate::lexical), status(m.status()));
    }

    static Node level(MeetingLevel l) {
        return switch (l) {
            case LEADERS -> DKG.Leaders;
            case MINISTERS -> DKG.Ministers;
            case OFFICIALS -> DKG.Officials;
        };
    }

    static Node status(MeetingStatus s) {
        return switch (s) {
            case HELD -> DKG.Held;
            case SCHEDULED -> DKG.Scheduled;
            case PROPOSED -> DKG.Proposed;
            case CANCELLED -> DKG.Cancelled;
        };
    }

    static Node basis(LinkBasis b) {
        return switch (b) {
            case NAME -> DKG.ByName;
            case NAME_AND_OFFICE -> DKG.ByNameAndOffice;
            case OFFICE_AND_DATE -> DKG.ByOfficeAndDate;
            case LOCAL -> throw new IllegalArgumentException("local entities have no link basis");
        };
    }

    static XSDDatatype dateType(MeetingDate.Precision p) {
        return switch (p) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
    }
}
