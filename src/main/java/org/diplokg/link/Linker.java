package org.diplokg.link;

import org.diplokg.extract.Meeting;

/** Gives every entity of an extracted meeting an IRI, linking to Wikidata only through checked identifiers. */
public interface Linker {
    LinkedMeeting link(Meeting meeting);
}
