package org.diplokg.extract.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Puts a refreshed Wikidata extract beside the hand-checked gazetteer, the hand-checked one
 * winning every conflict. Two things conflict:
 * <ul>
 * <li>a QID of the extract that a hand-checked entry has under another kind, or with none of the
 *     extract's names (Wikidata was edited, or the checked row caught a mix-up): the extract's
 *     statements about that entity are dropped;</li>
 * <li>a name or alias of the extract that the hand-checked gazetteer gives to an entity of the
 *     same kind with another QID, or with none ({@code verified = no} rows: link to nothing):
 *     the extract keeps the entity but loses that name.</li>
 * </ul>
 * Where both agree, the extract only adds: its label becomes an alias, holdings of offices the
 * hand-checked entry already lists are dropped, and an office's state and level stay hand-checked.
 * Office names that several offices share ("Minister for Foreign Affairs") are not used to find
 * any of them; they stay as {@code skos:prefLabel} for display.
 */
public final class GazetteerMerge {
    /** A conflict, for the curator: which entity, which name or QID, and what was kept. */
    public record Conflict(String iri, String detail) {
    }

    /** The merged gazetteer and the conflicts found on the way. */
    public record Result(Model model, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    private GazetteerMerge() {
    }

    public static Result merge(Model handChecked, Model extract) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(handChecked.getNsPrefixMap());
        out.add(handChecked);
        Property alt = out.createProperty(GazetteerLoader.SKOS + "altLabel");
        Property pref = out.createProperty(GazetteerLoader.SKOS + "prefLabel");
        Property holds = out.createProperty(GazetteerLoader.NS + "holds");
        Property office = out.createProperty(GazetteerLoader.NS + "office");
        Property country = out.createProperty(GazetteerLoader.NS + "country");
        Property level = out.createProperty(GazetteerLoader.NS + "officeLevel");
        Property title = out.createProperty(GazetteerLoader.NS + "title");

        Map<String, Resource> checkedByQid = new HashMap<>();
        Map<String, Set<String>> checkedNames = new HashMap<>(); // kind + folded name -> QIDs ("" for none)
        for (Resource r : typed(handChecked)) {
            qid(r).ifPresent(q -> checkedByQid.put(q, r));
            for (String n : names(r, alt)) {
                checkedNames.computeIfAbsent(kind(r) + "|" + fold(n), k -> new TreeSet<>()).add(qid(r).orElse(""));
            }
        }
        Map<String, Set<String>> officeForms = new HashMap<>();
        for (Model src : List.of(handChecked, extract)) {
            for (Resource r : typed(src)) {
                if (!kind(r).equals("Office")) continue;
                for (String n : names(r, alt, title)) officeForms.computeIfAbsent(fold(n), k -> new TreeSet<>()).add(r.getURI());
            }
        }

        List<Conflict> conflicts = new ArrayList<>();
        Set<Resource> dropped = new HashSet<>();
        for (Resource e : typed(extract)) {
            Optional<String> q = qid(e);
            Resource checked = q.map(checkedByQid::get).orElse(null);
            if (checked != null) {
                // names agree in any word order: "Iwaya Takeshi" is "Takeshi Iwaya"
                Set<String> theirs = new HashSet<>(names(checked, alt).stream().map(GazetteerMerge::words).toList());
                boolean sameKind = kind(checked).equals(kind(e)) && checked.getURI().equals(e.getURI());
                boolean sharesName = names(e, alt).stream().map(GazetteerMerge::words).anyMatch(theirs::contains);
                if (!sameKind || (!theirs.isEmpty() && !sharesName)) {
                    conflicts.add(new Conflict(e.getURI(), q.get() + " is " + checked.getURI() + " "
                            + names(checked, alt).stream().findFirst().map(n -> "\"" + n + "\" ").orElse("")
                            + "in the hand-checked gazetteer; the extract's " + kind(e) + " "
                            + names(e, alt).stream().findFirst().map(n -> "\"" + n + "\"").orElse("")
                            + " was left out"));
                    dropped.add(e);
                }
            }
        }
        for (Statement st : extract.listStatements().toList()) {
            Resource s = st.getSubject();
            if (dropped.contains(s)) continue;
            Property p = st.getPredicate();
            RDFNode o = st.getObject();
            boolean isName = p.equals(RDFS.label) || p.equals(alt);
            Resource checked = qid(s).map(checkedByQid::get).filter(c -> c.getURI().equals(s.getURI())).orElse(null);
            if (isName && o.isLiteral()) {
                String n = o.asLiteral().getLexicalForm();
                Set<String> owners = checkedNames.getOrDefault(kind(s) + "|" + fold(n), Set.of());
                String own = qid(s).orElse("");
                if (!owners.isEmpty() && !owners.contains(own)) {
                    conflicts.add(new Conflict(s.getURI(), "the name \"" + n + "\" is "
                            + (owners.contains("") ? "a name without a checked QID" : String.join(", ", owners))
                            + " in the hand-checked gazetteer; left out of " + own));
                    continue;
                }
                if (kind(s).equals("Office") && officeForms.getOrDefault(fold(n), Set.of()).size() > 1) {
                    if (p.equals(RDFS.label) && checked == null) out.add(s, pref, o);
                    continue;
                }
                if (p.equals(RDFS.label) && checked != null && checked.hasProperty(RDFS.label)) {
                    out.add(s, alt, o);
                    continue;
                }
            }
            if (checked != null && (p.equals(country) || p.equals(level)) && checked.hasProperty(p)) continue;
            if (p.equals(holds) && o.isResource() && heldAlready(handChecked, s, o.asResource(), holds, office)) continue;
            out.add(st);
        }
        conflicts.sort(Comparator.comparing(Conflict::iri).thenComparing(Conflict::detail));
        return new Result(out, conflicts);
    }

    private static boolean heldAlready(Model handChecked, Resource person, Resource holding, Property holds, Property office) {
        Resource o = holding.getPropertyResourceValue(office);
        if (o == null) return false;
        Resource p = handChecked.getResource(person.getURI());
        return p.listProperties(holds).toList().stream().map(Statement::getObject).filter(RDFNode::isResource)
                .map(h -> h.asResource().getPropertyResourceValue(handChecked.createProperty(office.getURI())))
                .anyMatch(x -> x != null && x.getURI() != null && x.getURI().equals(o.getURI()));
    }

    private static List<Resource> typed(Model m) {
        return m.listSubjectsWithProperty(RDF.type).toList().stream().filter(Resource::isURIResource)
                .filter(r -> !kind(r).isEmpty())
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** The gazetteer class of an entry ("State", "Person", ...), or "" for other resources. */
    private static String kind(Resource r) {
        for (Statement st : r.listProperties(RDF.type).toList()) {
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(GazetteerLoader.NS)) {
                return st.getObject().asResource().getLocalName();
            }
        }
        return "";
    }

    private static Optional<String> qid(Resource r) {
        return GazetteerLoader.qid(r);
    }

    private static List<String> names(Resource r, Property... more) {
        Set<String> out = new TreeSet<>();
        r.listProperties(RDFS.label).forEachRemaining(st -> {
            if (st.getObject().isLiteral()) out.add(st.getObject().asLiteral().getLexicalForm());
        });
        for (Property p : more) {
            r.listProperties(p).forEachRemaining(st -> {
                if (st.getObject().isLiteral()) out.add(st.getObject().asLiteral().getLexicalForm());
            });
        }
        return List.copyOf(out);
    }

    private static String words(String name) {
        return String.join(" ", new TreeSet<>(List.of(fold(name).split(" "))));
    }

    private static String fold(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Tokenizer.fold(w));
        }
        return sb.toString();
    }
}
