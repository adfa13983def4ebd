package org.diplokg.extract;

import java.util.List;

import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.rules.KnownPerson;

/**
 * What the whole article says before any meeting is read: the people it names with their states
 * (for bare titles, surnames and pronouns later), and the states each sentence names (for
 * "the three countries" and meetings told without their parties).
 */
record Background(List<KnownPerson> known, List<List<Entity>> salience) {
    Background {
        known = List.copyOf(known);
        salience = List.copyOf(salience);
    }
}
