package org.diplokg.extract.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Turns the checked identifier tables ({@code countries.tsv}, {@code entities.tsv}) into the RDF
 * gazetteer. Only rows marked verified get {@code owl:sameAs}; unverified names become local
 * entries with no Wikidata link, so a name is still recognised but never linked wrongly.
 */
public final class GazetteerCompiler {
    /** Aliases too ambiguous in running text to stand for a state by themselves ("America First"). */
    static final Set<String> AMBIGUOUS_ALIASES = Set.of("America");
    private static final String ID = "https://w3id.org/diplokg/id/";

    private final Model m = ModelFactory.createDefaultModel();
    private final Property alt = m.createProperty(GazetteerLoader.SKOS + "altLabel");
    private final Property notation = m.createProperty(GazetteerLoader.SKOS + "notation");
    private final Property demonym = m.createProperty(GazetteerLoader.NS + "demonym");
    private final Property capital = m.createProperty(GazetteerLoader.NS + "capital");
    private final Property country = m.createProperty(GazetteerLoader.NS + "country");

    /** Reads both tables from {@code dir} and returns the gazetteer graph. */
    public Model compile(Path dir) {
        m.setNsPrefix("dkg", GazetteerLoader.NS);
        m.setNsPrefix("skos", GazetteerLoader.SKOS);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("owl", OWL.getURI());
        m.setNsPrefix("wd", GazetteerLoader.WD);
        m.setNsPrefix("state", ID + "state/");
        m.setNsPrefix("person", ID + "person/");
        m.setNsPrefix("place", ID + "place/");
        m.setNsPrefix("org", ID + "org/");
        m.setNsPrefix("gathering", ID + "gathering/");
        m.setNsPrefix("office", ID + "office/");
        countries(dir.resolve("countries.tsv"));
        entities(dir.resolve("entities.tsv"));
        return m;
    }

    private void countries(Path file) {
        for (Row r : read(file)) {
            String qid = r.get("qid");
            if (!r.get("verified").startsWith("yes") || !qid.matches("Q[1-9][0-9]*")) continue;
            Resource s = entity("state/" + qid, "State", r.get("name"), qid);
            s.addProperty(notation, r.get("iso3"));
            for (String a : r.list("aliases")) addAlias(s, a);
            for (String d : r.list("demonyms")) s.addProperty(demonym, d);
            String capQid = r.get("capital_qid");
            if (!r.get("capital").isBlank() && capQid.matches("Q[1-9][0-9]*")) {
                Resource c = entity("place/" + capQid, "Place", r.get("capital"), capQid);
                c.addProperty(country, s);
                s.addProperty(capital, c);
            }
        }
    }

    private void entities(Path file) {
        for (Row r : read(file)) {
            String qid = r.get("qid");
            boolean verified = r.get("verified").equals("yes") && qid.matches("Q[1-9][0-9]*");
            String label = r.get("label");
            String kind = r.get("kind").toLowerCase(Locale.ROOT);
            String path = switch (kind) {
                case "country" -> "state/";
                case "person" -> "person/";
                case "place" -> "place/";
                case "organization" -> "org/";
                case "event" -> "gathering/";
                case "position" -> "office/";
                default -> null;
            };
            if (path == null) continue; // classes are not named in text as entities
            if (kind.equals("country") && !verified) continue;
            String cls = switch (kind) {
                case "country" -> "State";
                case "person" -> "Person";
                case "place" -> "Place";
                case "organization" -> "Organization";
                case "event" -> "Gathering";
                default -> "Office";
            };
            Resource e = entity(path + (verified ? qid : Slug.of(label)), cls, label, verified ? qid : null);
            List<String> names = new ArrayList<>(r.list("aliases"));
            names.add(label);
            for (String a : r.list("aliases")) {
                if (!isTitled(a, names)) addAlias(e, a);
            }
            String metonymOf = r.get("metonym_of");
            if (kind.equals("place") && metonymOf.matches("Q[1-9][0-9]*")) {
                Resource s = m.createResource(ID + "state/" + metonymOf);
                e.addProperty(country, s);
            }
        }
    }

    /** "Foreign Minister Cho Hyun" is a title plus a name already listed: the title is matched on its own. */
    static boolean isTitled(String alias, List<String> names) {
        for (String n : names) {
            if (!n.equals(alias) && alias.endsWith(" " + n)) return true;
        }
        return false;
    }

    private void addAlias(Resource e, String a) {
        if (AMBIGUOUS_ALIASES.contains(a)) return;
        String label = e.getProperty(RDFS.label).getString();
        if (!a.equals(label)) e.addProperty(alt, a);
    }

    private Resource entity(String path, String cls, String label, String qid) {
        Resource e = m.createResource(ID + path);
        e.addProperty(RDF.type, m.createResource(GazetteerLoader.NS + cls));
        if (!e.hasProperty(RDFS.label)) e.addProperty(RDFS.label, label, "en");
        if (qid != null) e.addProperty(OWL.sameAs, m.createResource(GazetteerLoader.WD + qid));
        return e;
    }

    private record Row(Map<String, String> cells) {
        String get(String col) {
            return cells.getOrDefault(col, "").strip();
        }

        List<String> list(String col) {
            String v = get(col);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GazetteerException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) throw new GazetteerException(file + ":1: empty table, a header row is needed");
        String[] header = lines.get(0).split("\t", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length < header.length - 1) {
                throw new GazetteerException(file + ":" + (i + 1) + ": " + cells.length + " columns, expected "
                        + header.length + " (" + String.join(", ", header) + ")");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int c = 0; c < header.length && c < cells.length; c++) map.put(header[c], cells[c]);
            rows.add(new Row(map));
        }
        return rows;
    }
}
