package org.diplokg.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extract.MeetingLevel;

/**
 * Builds a {@link Gazetteer} from the RDF files of {@code data/gazetteer/} (every {@code *.ttl},
 * merged), or from the copy bundled in the jar. The refreshed Wikidata extract
 * ({@value #EXTRACT}) is merged last by {@link GazetteerMerge}, so hand-checked entries win.
 * Person names also get their East Asian order and hyphen-less variants ("Iwaya Takeshi", "Park Yoonjoo").
 */
public final class GazetteerLoader {
    static final String NS = "https://w3id.org/diplokg/ontology#";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    /** Files bundled in the jar, loaded in this order when no folder is given. */
    public static final List<String> BUNDLED = List.of("gazetteer.ttl", "curated.ttl", "wikidata-extract.ttl");
    /** The file {@code gazetteer refresh} writes; never hand-edited. */
    public static final String EXTRACT = "wikidata-extract.ttl";

    private GazetteerLoader() {
    }

    /** Loads the bundled gazetteer from the class path. */
    public static Gazetteer bundled() {
        return fromModel(bundledModel());
    }

    /** The bundled gazetteer as RDF, the extract already merged in. */
    public static Model bundledModel() {
        Model m = ModelFactory.createDefaultModel();
        Model extract = ModelFactory.createDefaultModel();
        for (String name : BUNDLED) {
            try (InputStream in = GazetteerLoader.class.getResourceAsStream("/gazetteer/" + name)) {
                if (in != null) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(name.equals(EXTRACT) ? extract : m);
                }
            } catch (IOException | RiotException e) {
                throw new GazetteerException("bundled gazetteer/" + name + ": " + e.getMessage(), e);
            }
        }
        return extract.isEmpty() ? m : GazetteerMerge.merge(m, extract).model();
    }

    /** Loads every {@code *.ttl} of a folder. */
    public static Gazetteer fromFolder(Path dir) {
        return fromModel(readFolder(dir));
    }

    /** Every {@code *.ttl} of a folder as one model, the extract merged in with {@link GazetteerMerge}. */
    public static Model readFolder(Path dir) {
        Model[] parts = readParts(dir);
        return parts[1].isEmpty() ? parts[0] : GazetteerMerge.merge(parts[0], parts[1]).model();
    }

    /** The hand-written and hand-checked files of a folder: everything but the Wikidata extract. */
    public static Model readHandChecked(Path dir) {
        return readParts(dir)[0];
    }

    private static Model[] readParts(Path dir) {
        Model m = ModelFactory.createDefaultModel();
        Model extract = ModelFactory.createDefaultModel();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new GazetteerException(dir + ": cannot list the gazetteer folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new GazetteerException(dir + ": no *.ttl gazetteer files");
        }
        for (Path f : files) {
            try {
                RDFParser.source(f).lang(Lang.TURTLE).parse(f.getFileName().toString().equals(EXTRACT) ? extract : m);
            } catch (RiotException e) {
                throw new GazetteerException(f + ": " + e.getMessage(), e);
            }
        }
        return new Model[] {m, extract};
    }

    public static Gazetteer fromModel(Model m) {
        Gazetteer.Builder b = Gazetteer.builder();
        Property label = RDFS.label;
        Property alt = m.createProperty(SKOS + "altLabel");
        Property demonym = m.createProperty(NS + "demonym");
        Property title = m.createProperty(NS + "title");
        Property capital = m.createProperty(NS + "capital");
        Property seat = m.createProperty(NS + "seatOfGovernment");
        Property country = m.createProperty(NS + "country");
        Property officeLevel = m.createProperty(NS + "officeLevel");
        Property holds = m.createProperty(NS + "holds");
        Property office = m.createProperty(NS + "office");
        Property start = m.createProperty(NS + "startDate");
        Property end = m.createProperty(NS + "endDate");

        List<Entity> states = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            Resource cls = m.createResource(NS + className(kind));
            List<Resource> subjects = m.listResourcesWithProperty(RDF.type, cls).toList().stream()
                    .filter(Resource::isURIResource).sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
            for (Resource r : subjects) {
                String lbl = string(r, label).or(() -> string(r, m.createProperty(SKOS + "prefLabel")))
                        .orElse(r.getLocalName());
                Optional<String> qid = qid(r);
                Optional<String> ctry = r.hasProperty(country) && r.getPropertyResourceValue(country).isURIResource()
                        ? Optional.of(r.getPropertyResourceValue(country).getURI()) : Optional.empty();
                Optional<MeetingLevel> lvl = Optional.ofNullable(r.getPropertyResourceValue(officeLevel))
                        .filter(Resource::isURIResource).map(x -> MeetingLevel.fromLabel(x.getLocalName()));
                List<Holding> holdings = new ArrayList<>();
                for (Statement st : r.listProperties(holds).toList()) {
                    Resource h = st.getObject().asResource();
                    Resource o = h.getPropertyResourceValue(office);
                    if (o == null || !o.isURIResource()) continue;
                    holdings.add(new Holding(o.getURI(), date(h, start), date(h, end)));
                }
                holdings.sort((x, y) -> x.start().orElse(LocalDate.MIN).compareTo(y.start().orElse(LocalDate.MIN)));
                Entity e = new Entity(r.getURI(), kind, lbl, qid, ctry, lvl, holdings);
                b.add(e);
                NameRole role = kind == EntityKind.OFFICE ? NameRole.TITLE : NameRole.NAME;
                for (String s : strings(r, label, alt)) {
                    b.form(s, e, role);
                    if (kind == EntityKind.PERSON) {
                        for (String v : personVariants(s)) b.form(v, e, role);
                    }
                }
                if (kind == EntityKind.OFFICE) {
                    for (String s : strings(r, title)) b.form(s, e, NameRole.TITLE);
                }
                if (kind == EntityKind.STATE) {
                    for (String s : strings(r, demonym)) b.form(s, e, NameRole.DEMONYM);
                    states.add(e);
                }
            }
        }
        for (Entity s : states) {
            Resource r = m.getResource(s.iri());
            for (Statement st : r.listProperties(seat).toList()) {
                // "the Kremlin said": the building stands for the government, like a capital
                if (!st.getObject().isResource()) continue;
                if (st.getObject().isURIResource()) b.seat(s.iri(), st.getObject().asResource().getURI());
                for (String c : strings(st.getObject().asResource(), label, alt)) {
                    b.form(c, s, NameRole.CAPITAL);
                }
            }
            for (Statement st : r.listProperties(capital).toList()) {
                if (!st.getObject().isResource()) continue;
                if (st.getObject().isURIResource()) b.capital(s.iri(), st.getObject().asResource().getURI());
                for (String c : strings(st.getObject().asResource(), label, alt)) {
                    b.form(c, s, NameRole.CAPITAL);
                }
            }
        }
        return b.build();
    }

    /** "Iwaya Takeshi" for "Takeshi Iwaya" and back; "Yoonjoo" for "Yoon-joo". */
    static List<String> personVariants(String name) {
        List<String> out = new ArrayList<>();
        String[] parts = name.strip().split("\\s+");
        if (parts.length == 2) {
            out.add(parts[1] + " " + parts[0]);
        } else if (parts.length == 3 && Character.isUpperCase(parts[2].charAt(0))) {
            // "Lee Jae Myung" -> "Jae Myung Lee"
            out.add(parts[1] + " " + parts[2] + " " + parts[0]);
        }
        if (name.contains("-")) {
            String joined = joinHyphenated(name);
            out.add(joined);
        }
        return out;
    }

    private static String joinHyphenated(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            int h = w.indexOf('-');
            if (h > 0 && h < w.length() - 1) {
                sb.append(w, 0, h).append(Character.toLowerCase(w.charAt(h + 1))).append(w.substring(h + 2));
            } else {
                sb.append(w);
            }
        }
        return sb.toString();
    }

    private static String className(EntityKind k) {
        return switch (k) {
            case STATE -> "State";
            case PERSON -> "Person";
            case PLACE -> "Place";
            case ORGANIZATION -> "Organization";
            case GATHERING -> "Gathering";
            case OFFICE -> "Office";
        };
    }

    static Optional<String> qid(Resource r) {
        return r.listProperties(OWL.sameAs).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(o -> o.asResource().getURI())
                .filter(u -> u.matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"))
                .map(u -> u.substring(WD.length())).sorted().findFirst();
    }

    private static Optional<String> string(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(o -> o.asLiteral().getLexicalForm()).sorted().findFirst();
    }

    private static List<String> strings(Resource r, Property... ps) {
        List<String> out = new ArrayList<>();
        for (Property p : ps) {
            r.listProperties(p).forEachRemaining(st -> {
                if (st.getObject().isLiteral()) out.add(st.getObject().asLiteral().getLexicalForm());
            });
        }
        return out.stream().distinct().sorted().toList();
    }

    private static Optional<LocalDate> date(Resource r, Property p) {
        Statement st = r.getProperty(p);
        if (st == null || !st.getObject().isLiteral()) return Optional.empty();
        Literal l = st.getObject().asLiteral();
        String lex = l.getLexicalForm();
        try {
            return Optional.of(LocalDate.parse(lex.length() >= 10 ? lex.substring(0, 10) : lex));
        } catch (RuntimeException e) {
            // an unreadable date must not silently become an open-ended term of office
            throw new GazetteerException("gazetteer: " + p.getLocalName() + " '" + lex + "' of an office holding is not a date "
                    + "(YYYY-MM-DD); fix it in data/gazetteer", e);
        }
    }
}
