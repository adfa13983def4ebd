package org.diplokg.extract.gazetteer;

/** One reading of a matched surface form: the entity and how the form refers to it. */
public record Sense(Entity entity, NameRole role) {
}
