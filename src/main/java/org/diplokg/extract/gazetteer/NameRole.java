package org.diplokg.extract.gazetteer;

/** How a surface form refers to its entity; decides what a mention can contribute. */
public enum NameRole {
    /** A name or alias of the entity itself. */
    NAME,
    /** An adjective for a state ("South Korean"). */
    DEMONYM,
    /** A capital city standing for its state's government ("Seoul"). */
    CAPITAL,
    /** A form of address for an office ("Foreign Minister"); names no person by itself. */
    TITLE
}
