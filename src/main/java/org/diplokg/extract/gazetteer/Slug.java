package org.diplokg.extract.gazetteer;

/** Stable IRI path segments from names: folded, ASCII letters and digits, single hyphens. */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String s = Tokenizer.fold(name).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (!s.isEmpty()) return s;
        // a name in another script: a digest keeps different names apart
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Tokenizer.fold(name.strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "n-" + java.util.HexFormat.of().formatHex(d).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
