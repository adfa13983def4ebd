package org.diplokg.extract.gazetteer;

/** Stable IRI path segments from names: folded, ASCII letters and digits, single hyphens. */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String s = Tokenizer.fold(name).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
