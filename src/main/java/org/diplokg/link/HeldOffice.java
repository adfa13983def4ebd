package org.diplokg.link;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An office a linked person held, with the state it belongs to, as the gazetteer records it;
 * published with the person so that SHACL can check a link against the meeting's states and date.
 */
public record HeldOffice(String officeIri, String officeLabel, Optional<String> officeQid, Optional<String> stateIri,
                         Optional<LocalDate> start, Optional<LocalDate> end) {
}
