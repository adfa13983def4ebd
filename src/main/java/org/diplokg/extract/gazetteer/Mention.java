package org.diplokg.extract.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.diplokg.lang.TextSpan;

/** A longest-match hit of the gazetteer in article text, with all its readings. */
public record Mention(TextSpan span, String text, List<Sense> senses) {
    public Mention {
        senses = List.copyOf(senses);
    }

    public boolean has(EntityKind kind, NameRole role) {
        return senses.stream().anyMatch(s -> s.entity().kind() == kind && s.role() == role);
    }

    public Optional<Entity> first(EntityKind kind, NameRole role) {
        return senses.stream().filter(s -> s.entity().kind() == kind && s.role() == role)
                .map(Sense::entity).findFirst();
    }

    public List<Entity> all(Predicate<Sense> p) {
        return senses.stream().filter(p).map(Sense::entity).toList();
    }
}
