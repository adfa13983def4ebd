package org.diplokg.extract.gazetteer;

/** One reading of a matched surface form: the entity and how the form refers to it. */
public record Sense(Entity entity, NameRole role) {
    /** True when {@code surface}, one word, names this person only as the last word of a longer name ("Gabriel" for Sigmar Gabriel). */
    public boolean surnameOnly(String surface) {
        return entity.kind() == EntityKind.PERSON && role == NameRole.NAME && entity.label().endsWith(" " + surface);
    }
}
