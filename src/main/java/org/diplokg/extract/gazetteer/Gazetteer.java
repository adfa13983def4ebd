package org.diplokg.extract.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.diplokg.lang.TextSpan;

/**
 * Names of states, people, places, gatherings and offices, matched in text by longest match on
 * word boundaries (as OpenNLP's DictionaryNameFinder). Immutable once built.
 */
public final class Gazetteer {
    private final Map<String, Entity> byIri;
    private final Map<String, String> capitals;
    /** Seats of government (the Kremlin, the White House) by their place IRI: the state whose capital holds them. */
    private final Map<String, String> seats;
    private final TrieNode root;
    private final Map<String, Entity> statesByQid = new java.util.HashMap<>();

    private Gazetteer(Map<String, Entity> byIri, Map<String, String> capitals, Map<String, String> seats, TrieNode root) {
        this.byIri = Collections.unmodifiableMap(byIri);
        this.capitals = Collections.unmodifiableMap(capitals);
        this.seats = Collections.unmodifiableMap(seats);
        this.root = root;
        for (Entity e : byIri.values()) {
            if (e.kind() == EntityKind.STATE) e.qid().ifPresent(q -> statesByQid.put(q, e));
        }
    }

    /** The state with this checked Wikidata identifier, for language tables that name states by QID. */
    public Optional<Entity> state(String qid) {
        return Optional.ofNullable(statesByQid.get(qid));
    }

    /** The capital of a state, for "the Japanese capital". */
    public Optional<Entity> capitalOf(String stateIri) {
        return Optional.ofNullable(capitals.get(stateIri)).flatMap(this::entity);
    }

    /** The capital a seat of government stands in ("Kremlin": Moscow), if {@code placeIri} is one. */
    public Optional<Entity> cityOfSeat(String placeIri) {
        return Optional.ofNullable(seats.get(placeIri)).flatMap(this::capitalOf);
    }

    /**
     * Whether a place is where its state governs from: its capital or a seat of government in it.
     * Only such a place says whose ground a meeting is on; Geneva, New York or Melbourne host
     * others' meetings as often as their own state's.
     */
    public boolean seatOfGovernment(Entity place) {
        return cityOfSeat(place.iri()).isPresent() || capital(place);
    }

    /** Whether a place is the capital of the state it lies in. */
    public boolean capital(Entity place) {
        return place.country().flatMap(this::capitalOf).map(c -> c.iri().equals(place.iri())).orElse(false);
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** All entries, ordered by IRI. */
    public Collection<Entity> entities() {
        return byIri.values();
    }

    /** Every longest, non-overlapping match in {@code text[from,to)}, left to right. */
    public List<Mention> find(String text, int from, int to) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Longest m = longest(tokens, i, tokens.size());
            if (m.end() > i && m.senses().stream().allMatch(x -> x.entity().kind() == EntityKind.PERSON)) {
                // "Premier Li Qiang": a person's name that runs on past a shorter form ("Premier Li", another
                // premier's) is the name meant; the words before it are read on their own (a title)
                for (int k = i + 1; k <= m.end(); k++) {
                    Longest n = longest(tokens, k, tokens.size());
                    if (n.end() > m.end() && n.senses().stream().anyMatch(x -> x.entity().kind() == EntityKind.PERSON)) {
                        m = longest(tokens, i, k);
                        if (m.end() < 0) m = new Longest(k - 1, List.of());
                        break;
                    }
                }
            }
            int bestEnd = m.end();
            List<Sense> best = m.senses();
            if (bestEnd == i && i + 1 < tokens.size()) best = notAFirstName(best, text, tokens.get(i), tokens.get(i + 1));
            if (bestEnd >= 0 && !best.isEmpty() && tokens.get(i).isWord()) {
                TextSpan span = new TextSpan(tokens.get(i).begin(), tokens.get(bestEnd).end());
                out.add(new Mention(span, text.substring(span.begin(), span.end()), best));
                i = bestEnd + 1;
            } else {
                i = best.isEmpty() ? Math.max(i + 1, bestEnd + 1) : i + 1;
            }
        }
        return out;
    }

    /** The longest accepted form starting at token {@code i} and ending before token {@code limit}; end -1 if none. */
    private Longest longest(List<Token> tokens, int i, int limit) {
        TrieNode node = root;
        int bestEnd = -1;
        List<Sense> best = List.of();
        for (int j = i; j < limit; j++) {
            node = node.children.get(tokens.get(j).norm());
            if (node == null) break;
            if (!node.forms.isEmpty()) {
                List<Sense> ok = accept(node.forms, tokens.subList(i, j + 1));
                if (!ok.isEmpty()) {
                    bestEnd = j;
                    best = ok;
                }
            }
        }
        return new Longest(bestEnd, best);
    }

    private record Longest(int end, List<Sense> senses) {
    }

    /**
     * A lone surname ("Gabriel" for Sigmar Gabriel) followed by another capitalised word is the
     * first name of someone else ("Gabriel Boric"): the person senses of that form are dropped.
     */
    private static List<Sense> notAFirstName(List<Sense> senses, String text, Token t, Token next) {
        if (!next.isWord() || !next.isCapitalized() || next.begin() != t.end() + 1 || text.charAt(t.end()) != ' ') return senses;
        List<Sense> out = new ArrayList<>();
        for (Sense x : senses) {
            if (!x.surnameOnly(t.raw())) out.add(x);
        }
        return out;
    }

    private static List<Sense> accept(List<Form> forms, List<Token> seen) {
        List<Sense> out = new ArrayList<>();
        Set<String> dedup = new LinkedHashSet<>();
        for (Form f : forms) {
            if (f.accepts(seen) && dedup.add(f.sense.entity().iri() + "|" + f.sense.role())) {
                out.add(f.sense);
            }
        }
        return out;
    }

    /**
     * How a written form must look in text. Acronyms ("US", "U.N.") match only as written;
     * names of states, places and people match only when capitalised, so "china" the porcelain
     * and "us" the pronoun stay unlinked; titles match in any case.
     */
    private record Form(List<String> raw, Sense sense, boolean exactCase, boolean capitalised) {
        boolean accepts(List<Token> seen) {
            if (exactCase) {
                for (int k = 0; k < raw.size(); k++) {
                    if (!raw.get(k).equals(seen.get(k).raw())) return false;
                }
                return true;
            }
            return !capitalised || seen.get(0).isCapitalized();
        }
    }

    private static final class TrieNode {
        final Map<String, TrieNode> children = new HashMap<>();
        final List<Form> forms = new ArrayList<>();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entities and their written forms; {@link #build()} freezes them. */
    public static final class Builder {
        private final Map<String, Entity> byIri = new TreeMap<>();
        private final Map<String, String> capitals = new TreeMap<>();
        private final Map<String, String> seats = new TreeMap<>();
        private final TrieNode root = new TrieNode();

        public Builder capital(String stateIri, String placeIri) {
            capitals.putIfAbsent(stateIri, placeIri);
            return this;
        }

        public Builder seat(String stateIri, String placeIri) {
            seats.putIfAbsent(placeIri, stateIri);
            return this;
        }

        public Builder add(Entity e) {
            byIri.put(e.iri(), e);
            return this;
        }

        public Builder form(String surface, Entity e, NameRole role) {
            if (e.kind() == EntityKind.PERSON && role == NameRole.NAME) {
                // "S. Jaishankar" is also written "S Jaishankar", "Joseph R Biden" also "Joseph R. Biden": an initial with and without its dot
                String undotted = DOTTED_INITIAL.matcher(surface).replaceAll("$1");
                String dotted = BARE_INITIAL.matcher(surface).replaceAll("$1.");
                if (!undotted.equals(surface)) addForm(undotted, e, role);
                if (!dotted.equals(surface)) addForm(dotted, e, role);
            }
            return addForm(surface, e, role);
        }

        /** An initial with its dot before a space ("S. Jaishankar"), and one without ("S Jaishankar"). */
        private static final java.util.regex.Pattern DOTTED_INITIAL = java.util.regex.Pattern.compile("(?<![\\p{L}.])(\\p{Lu})\\.(?=\\s)");
        private static final java.util.regex.Pattern BARE_INITIAL = java.util.regex.Pattern.compile("(?<![\\p{L}.])(\\p{Lu})(?=\\s)");

        private Builder addForm(String surface, Entity e, NameRole role) {
            List<Token> toks = Tokenizer.tokenize(surface);
            if (toks.isEmpty() || !toks.get(0).isWord()) return this;
            boolean hasLower = surface.chars().anyMatch(Character::isLowerCase);
            boolean exact = !hasLower;
            boolean capitalised = role != NameRole.TITLE;
            TrieNode node = root;
            List<String> raw = new ArrayList<>();
            for (Token t : toks) {
                node = node.children.computeIfAbsent(t.norm(), k -> new TrieNode());
                raw.add(t.raw());
            }
            Form f = new Form(List.copyOf(raw), new Sense(e, role), exact, capitalised);
            if (!node.forms.contains(f)) node.forms.add(f);
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(new TreeMap<>(byIri), new TreeMap<>(capitals), new TreeMap<>(seats), root);
        }
    }
}
