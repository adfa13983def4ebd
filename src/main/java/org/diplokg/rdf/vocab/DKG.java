package org.diplokg.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of {@code ontology/diplokg.ttl}. Kept by hand and checked against the ontology file by
 * {@code DkgVocabularyTest}: every constant must be declared there, and every declared term here.
 */
public final class DKG {
    public static final String NS = "https://w3id.org/diplokg/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/diplokg/ontology";
    /** Base of every resource IRI DiploKG mints. */
    public static final String ID = "https://w3id.org/diplokg/id/";

    private static Node t(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // classes
    public static final Node Article = t("Article");
    /** Superclass of {@link #DiplomaticMeeting} and {@link #MeetingReport}: the subject of the shared meeting properties. */
    public static final Node MeetingDescription = t("MeetingDescription");
    /** The meeting across all its reports. */
    public static final Node DiplomaticMeeting = t("DiplomaticMeeting");
    /** One article's account of one meeting. */
    public static final Node MeetingReport = t("MeetingReport");
    public static final Node Summit = t("Summit");
    public static final Node MinisterialMeeting = t("MinisterialMeeting");
    public static final Node OfficialsMeeting = t("OfficialsMeeting");
    public static final Node MeetingStatus = t("MeetingStatus");
    public static final Node State = t("State");
    public static final Node Person = t("Person");
    public static final Node Place = t("Place");
    public static final Node Gathering = t("Gathering");
    public static final Node Organization = t("Organization");
    public static final Node Office = t("Office");
    public static final Node OfficeHolding = t("OfficeHolding");
    public static final Node Level = t("Level");
    public static final Node LinkBasis = t("LinkBasis");

    // individuals
    public static final Node Held = t("Held");
    public static final Node Scheduled = t("Scheduled");
    public static final Node Proposed = t("Proposed");
    public static final Node Cancelled = t("Cancelled");
    public static final Node Leaders = t("Leaders");
    public static final Node Ministers = t("Ministers");
    public static final Node Officials = t("Officials");
    public static final Node ByName = t("ByName");
    public static final Node ByNameAndOffice = t("ByNameAndOffice");
    public static final Node ByOfficeAndDate = t("ByOfficeAndDate");

    // properties
    public static final Node status = t("status");
    public static final Node level = t("level");
    public static final Node participatingState = t("participatingState");
    public static final Node participant = t("participant");
    public static final Node location = t("location");
    public static final Node onSidelinesOf = t("onSidelinesOf");
    public static final Node date = t("date");
    public static final Node evidence = t("evidence");
    public static final Node sentence = t("sentence");
    public static final Node linkBasis = t("linkBasis");
    public static final Node text = t("text");
    public static final Node convenedBy = t("convenedBy");
    public static final Node capital = t("capital");
    public static final Node seatOfGovernment = t("seatOfGovernment");
    public static final Node country = t("country");
    public static final Node demonym = t("demonym");
    public static final Node holds = t("holds");
    public static final Node office = t("office");
    public static final Node startDate = t("startDate");
    public static final Node endDate = t("endDate");
    public static final Node officeLevel = t("officeLevel");
    public static final Node title = t("title");
    public static final Node reportOf = t("reportOf");
    public static final Node reportDate = t("reportDate");
    public static final Node mergeBasis = t("mergeBasis");

    private DKG() {
    }
}
