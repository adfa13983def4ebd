package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations every resource has, and the choice among them from an Accept header or a
 * {@code ?format=} override. Ties go to the earlier variant, so a browser's {@code *}{@code /*}
 * still gets HTML when it also lists {@code text/html}.
 */
public enum Variant {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8);

    private final String format;
    private final String mediaType;
    private final RDFFormat rdf;

    Variant(String format, String mediaType, RDFFormat rdf) {
        this.format = format;
        this.mediaType = mediaType;
        this.rdf = rdf;
    }

    public String format() {
        return format;
    }

    public String mediaType() {
        return mediaType;
    }

    public RDFFormat rdfFormat() {
        return rdf;
    }

    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public static Optional<Variant> byFormat(String f) {
        String k = f.toLowerCase(Locale.ROOT);
        for (Variant v : values()) {
            if (v.format.equals(k)) return Optional.of(v);
        }
        return switch (k) {
            case "turtle" -> Optional.of(TURTLE);
            case "json-ld", "json" -> Optional.of(JSONLD);
            case "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            default -> Optional.empty();
        };
    }

    /** Chooses by Accept; empty when nothing offered is acceptable (406). No header means HTML. */
    public static Optional<Variant> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        List<Range> ranges = Range.parse(accept);
        Variant best = null;
        double bestQ = 0;
        for (Variant v : values()) {
            double q = v.quality(ranges);
            if (q > bestQ) {
                best = v;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q of the most specific range that matches this variant's media type (or its alias). */
    private double quality(List<Range> ranges) {
        int bestSpecificity = -1;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(mediaType);
            if (this == JSONLD) s = Math.max(s, r.specificity("application/json"));
            if (s > bestSpecificity) {
                bestSpecificity = s;
                q = r.q;
            }
        }
        return q;
    }

    private record Range(String type, String subtype, double q) {
        static List<Range> parse(String header) {
            List<Range> out = new ArrayList<>();
            for (String part : header.split(",")) {
                String[] bits = part.trim().split(";");
                String[] ts = bits[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
                if (ts.length != 2) continue;
                double q = 1;
                for (int i = 1; i < bits.length; i++) {
                    String p = bits[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(p.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                out.add(new Range(ts[0].trim(), ts[1].trim(), q));
            }
            return out;
        }

        /** -1 no match, 0 for *}{@code /*, 1 for type/*, 2 for an exact match. */
        int specificity(String media) {
            String[] ts = media.split("/", 2);
            if (type.equals("*") && subtype.equals("*")) return 0;
            if (!type.equals(ts[0])) return -1;
            if (subtype.equals("*")) return 1;
            return subtype.equals(ts[1]) ? 2 : -1;
        }
    }
}
