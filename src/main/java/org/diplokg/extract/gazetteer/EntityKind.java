package org.diplokg.extract.gazetteer;

/** What a gazetteer entry names. */
public enum EntityKind {
    STATE, PERSON, PLACE, ORGANIZATION, GATHERING, OFFICE
}
