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

import org.apache.jena.datatypes.xsd.XSDDatatype;
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
    /**
     * Last words of office holders' names that are common words, places, very common surnames or given names
     * ("Brown", "Rice", "Hague" as in The Hague, "Ivanov", "Jonathan", "Palacio", "Tong" of Goh Chok Tong, which
     * is not a surname): an office holder's bare last name becomes an alias only when it is none of these.
     */
    static final Set<String> COMMON_SURNAMES = Set.of("Bishop", "Brown", "Bush", "Clark", "Cook", "Espinosa",
            "Fischer", "Hague", "Howard", "Ivanov", "Jiménez", "Jonathan", "Krishna", "Maher", "Mansour",
            "Matsumoto", "Mohamed", "Nathan", "Nieto", "Palacio", "Patil", "Qureshi", "Rice", "Rosenthal", "Sinha",
            "Smith", "Straw", "Tanaka", "Tong", "Wahid", "Wali");
    private static final String ID = "https://w3id.org/diplokg/id/";

    private final Model m = ModelFactory.createDefaultModel();
    private final Property alt = m.createProperty(GazetteerLoader.SKOS + "altLabel");
    private final Property notation = m.createProperty(GazetteerLoader.SKOS + "notation");
    private final Property demonym = m.createProperty(GazetteerLoader.NS + "demonym");
    private final Property capital = m.createProperty(GazetteerLoader.NS + "capital");
    private final Property country = m.createProperty(GazetteerLoader.NS + "country");
    /** Per state IRI, the words that name it (name, aliases, demonyms), for telling national titles from generic ones. */
    private final Map<String, List<String>> stateWords = new LinkedHashMap<>();

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
        if (Files.exists(dir.resolve("officeholders.tsv"))) {
            officeholders(dir.resolve("officeholders.tsv"), dir.resolve("offices.tsv"), dir.resolve("entities.tsv"));
        }
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
            List<String> words = new ArrayList<>(List.of(r.get("name")));
            words.addAll(r.list("aliases"));
            words.addAll(r.list("demonyms"));
            stateWords.put(s.getURI(), words);
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

    /**
     * Heads of state and government and foreign ministers with their terms ({@code officeholders.tsv})
     * and the titles of those offices ({@code offices.tsv}). A title becomes a form of its office
     * only when it names the state ("President of Kenya", "Kenyan President"), so generic titles
     * ("Foreign Minister") keep meaning no state. Rows without a checked QID give local people
     * that are recognised but never linked; people already in {@code entities.tsv} keep the
     * holdings written by hand.
     */
    private void officeholders(Path holders, Path offices, Path entities) {
        Set<String> curated = new java.util.HashSet<>();
        for (Row r : read(entities)) curated.add(r.get("qid"));
        Map<String, Resource> officeOf = new LinkedHashMap<>();
        Property title = m.createProperty(GazetteerLoader.NS + "title");
        Property level = m.createProperty(GazetteerLoader.NS + "officeLevel");
        for (Row r : read(offices)) {
            Resource st = m.getResource(ID + "state/" + r.get("state_qid"));
            if (!stateWords.containsKey(st.getURI())) continue;
            Resource o = office(officeOf, st, r.get("office"), r.get("office_title"), level);
            List<String> titles = new ArrayList<>(List.of(r.get("office_title")));
            titles.addAll(r.list("aliases"));
            for (String t : titles) {
                if (namesState(t, stateWords.get(st.getURI()))) o.addProperty(title, t);
            }
        }
        List<Row> rows = read(holders);
        Map<String, Integer> surnames = new java.util.HashMap<>();
        for (Row r : rows) surnames.merge(surname(r.get("label")), 1, Integer::sum);
        Property holds = m.createProperty(GazetteerLoader.NS + "holds");
        Property officeP = m.createProperty(GazetteerLoader.NS + "office");
        for (Row r : rows) {
            String qid = r.get("qid");
            boolean verified = r.get("verified").equals("yes") && qid.matches("Q[1-9][0-9]*");
            if (verified && curated.contains(qid)) {
                // the holdings written by hand stay; the forms of address of the office ("Premier Li") join the names
                Resource p = m.getResource(ID + "person/" + qid);
                if (p.hasProperty(RDFS.label)) addAliases(p, r);
                continue;
            }
            Resource st = m.getResource(ID + "state/" + r.get("state_qid"));
            if (!stateWords.containsKey(st.getURI())) continue;
            String label = r.get("label");
            Resource p = entity("person/" + (verified ? qid : Slug.of(label)), "Person", label, verified ? qid : null);
            addAliases(p, r);
            String last = surname(label);
            if (last.length() >= 4 && surnames.get(last) == 1 && !COMMON_SURNAMES.contains(last)
                    && stateWords.values().stream().noneMatch(w -> w.contains(last))) {
                addAlias(p, last);
            }
            Resource o = office(officeOf, st, r.get("office"), r.get("office_title"), level);
            Resource h = m.createResource();
            h.addProperty(officeP, o);
            date(r.get("start"), true).ifPresent(d -> h.addProperty(m.createProperty(GazetteerLoader.NS + "startDate"), d, XSDDatatype.XSDdate));
            date(r.get("end"), false).ifPresent(d -> h.addProperty(m.createProperty(GazetteerLoader.NS + "endDate"), d, XSDDatatype.XSDdate));
            p.addProperty(holds, h);
        }
    }

    /** The row's aliases as names of {@code p}, but for a title before a name already listed ("Foreign Minister Cho Hyun"). */
    private void addAliases(Resource p, Row r) {
        List<String> names = new ArrayList<>(r.list("aliases"));
        names.add(r.get("label"));
        for (String a : r.list("aliases")) {
            if (!isTitled(a, names)) addAlias(p, a);
        }
    }

    private Resource office(Map<String, Resource> officeOf, Resource state, String kind, String title, Property level) {
        String key = state.getURI().substring(state.getURI().lastIndexOf('/') + 1) + "-" + kind.replace('_', '-');
        return officeOf.computeIfAbsent(key, k -> {
            String name = state.getProperty(RDFS.label).getString();
            Resource o = entity("office/" + k, "Office", title + " (" + name + ")", null);
            o.addProperty(country, state);
            o.addProperty(level, m.createResource(GazetteerLoader.NS + (kind.equals("foreign_minister") ? "Ministers" : "Leaders")));
            return o;
        });
    }

    /** A title names its state when one of the state's names or demonyms stands in it as whole words. */
    static boolean namesState(String title, List<String> words) {
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : words) {
            String k = " " + w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
            if (k.strip().length() >= 2 && t.contains(k)) return true;
        }
        return false;
    }

    private static String surname(String label) {
        String[] parts = label.strip().split("\\s+");
        return parts[parts.length - 1];
    }

    /** "2013" as the first or last day of that year, "2013-05" of that month; empty when unknown. */
    private static java.util.Optional<String> date(String v, boolean start) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return java.util.Optional.of(v);
        if (v.matches("\\d{4}-\\d{2}")) {
            java.time.YearMonth ym = java.time.YearMonth.parse(v);
            return java.util.Optional.of((start ? ym.atDay(1) : ym.atEndOfMonth()).toString());
        }
        if (v.matches("\\d{4}")) return java.util.Optional.of(v + (start ? "-01-01" : "-12-31"));
        return java.util.Optional.empty();
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
