package org.diplokg.link;

/** Why a person was linked to an entity; recorded on the evidence span. */
public enum LinkBasis {
    /** One gazetteer entry has the name. */
    NAME,
    /** Several entries have the name; the office held on the meeting date chose one. */
    NAME_AND_OFFICE,
    /** No name in the text: the holder of the named office on the meeting date. */
    OFFICE_AND_DATE,
    /** Not in the gazetteer: a local IRI, no Wikidata link. */
    LOCAL
}
