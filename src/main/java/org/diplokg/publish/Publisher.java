package org.diplokg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.ExtractionException;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.rdf.vocab.Namespaces;
import org.diplokg.resolve.MeetingWriter;
import org.diplokg.resolve.PriorMeetings;
import org.diplokg.resolve.Report;
import org.diplokg.resolve.ResolvedMeeting;
import org.diplokg.resolve.Resolver;
import org.diplokg.validate.Change;
import org.diplokg.validate.Quarantine;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;

/**
 * Makes a release: works out which graphs differ from what the target records (by checksum of
 * their inputs, so unchanged articles are not even converted), converts only those, validates
 * the new state (only what the change can affect, when the release before conforms to the same
 * shapes; the whole of it otherwise), and only then hands one plan to the target. Nothing is
 * written unless every step before succeeded.
 */
public final class Publisher {
    private final Pipeline pipeline;
    private final ShaclGate gate;
    private final Sources sources;
    private final Clock clock;
    private final String license;

    private final boolean strict;
    private final boolean fullValidation;

    public Publisher(Pipeline pipeline, ShaclGate gate, Sources sources, Clock clock, String license) {
        this(pipeline, gate, sources, clock, license, false, false);
    }

    private Publisher(Pipeline pipeline, ShaclGate gate, Sources sources, Clock clock, String license, boolean strict,
                      boolean fullValidation) {
        this.pipeline = pipeline;
        this.gate = gate;
        this.sources = sources;
        this.clock = clock;
        this.license = license;
        this.strict = strict;
        this.fullValidation = fullValidation;
    }

    /**
     * All or nothing: any article that cannot be converted or fails the shapes stops the release.
     * Without it (the default) such an article is left out, its previous version (if any) stays,
     * and the others are released.
     */
    public Publisher strict(boolean allOrNothing) {
        return new Publisher(pipeline, gate, sources, clock, license, allOrNothing, fullValidation);
    }

    /**
     * Validates the whole new state on every release. Without it (the default) a release whose
     * previous release conforms to the same shapes validates only what its change can affect
     * ({@link ShaclGate#validate(Graph, Change)}), with the same verdict.
     */
    public Publisher fullValidation(boolean whole) {
        return new Publisher(pipeline, gate, sources, clock, license, strict, whole);
    }

    /** One graph of the desired state: its checksum, and how to make it if the target lacks it. */
    private record Wanted(String checksum, Path file, Graph content) {
    }

    /**
     * The whole new state: what changes, what goes, what stays as the target holds it, and the union
     * of every graph with the meetings resolved.
     */
    private record NewState(Graph union, List<Node> changed, List<Node> removed, Set<Node> kept) {
    }

    public PublishOutcome publish(List<Path> articleFiles, ReleaseTarget target, Progress progress) throws IOException {
        StoreState before = target.state();
        // repair what an interrupted write to the target left: graphs no release records go, recorded graphs it touched are rewritten
        Set<Node> dirty = target.interrupted(before);
        Set<Node> strays = target.strays(before);
        if (!strays.isEmpty()) target.discard(strays);
        String ontologySum = Canonical.sha256(sources.ontology());
        String gazetteerSum = Canonical.sha256(sources.gazetteer());
        String basis = basis(gazetteerSum, gate);
        Map<Node, Wanted> wanted = new TreeMap<>(BY_IRI);
        wanted.put(GraphNames.ONTOLOGY, new Wanted(ontologySum, null, sources.ontology()));
        wanted.put(GraphNames.GAZETTEER, new Wanted(gazetteerSum, null, sources.gazetteer()));
        List<ArticleFailure> failures = new ArrayList<>();
        for (Path f : articleFiles) {
            Node g = GraphNames.article(articleId(f));
            Wanted w;
            try {
                w = new Wanted(inputChecksum(f, basis), f, null);
            } catch (IOException e) {
                if (strict) throw e;
                failures.add(new ArticleFailure(f, e.getMessage()));
                keepPrevious(g, before, wanted);
                continue;
            }
            Wanted dup = wanted.put(g, w);
            if (dup != null) {
                throw new IllegalArgumentException(f + ": another input has the same article identifier (" + dup.file() + ")");
            }
        }
        List<Node> changed = changed(wanted, before, dirty);
        if (changed.isEmpty() && removed(wanted, before).isEmpty()) {
            return new PublishOutcome.Unchanged(before.release(), failures, NO_VIOLATIONS);
        }

        Map<Node, Graph> made = new java.util.HashMap<>();
        List<Path> toConvert = new ArrayList<>();
        for (Node g : changed) {
            Wanted w = wanted.get(g);
            if (w.file() == null) {
                made.put(g, w.content());
            } else {
                toConvert.add(w.file());
            }
        }
        // converted on the pipeline's threads, handed back in the order of the changed graphs
        pipeline.convert(toConvert, progress, c -> {
            if (c.result() != null) {
                made.put(GraphNames.article(articleId(c.file())), c.result().graph());
            } else if (c.failure() instanceof ArticleException || c.failure() instanceof ExtractionException) {
                failures.add(new ArticleFailure(c.file(), c.failure().getMessage()));
            } else {
                failures.add(new ArticleFailure(c.file(), c.file() + ": internal error while converting: " + c.failure()));
            }
        });
        Map<Node, Graph> put = new LinkedHashMap<>();
        for (Node g : changed) if (made.containsKey(g)) put.put(g, made.get(g));
        if (!failures.isEmpty() && strict) return new PublishOutcome.Failed(failures);
        for (ArticleFailure f : failures) keepPrevious(GraphNames.article(articleId(f.file())), before, wanted);

        // the articles converted now may be left out if they fail the shapes; what the target already holds may not
        Map<String, Node> droppable = new TreeMap<>();
        for (Node g : put.keySet()) if (GraphNames.isArticle(g)) droppable.put(ReleaseRecord.articleId(g), g);
        // scoped validation needs a state before that conformed to these shapes, as a whole (no interrupted write since)
        boolean scoped = !fullValidation && dirty.isEmpty() && before.conformsTo().filter(gate.fingerprint()::equals).isPresent();
        Map<Node, Set<Triple>> previous = new java.util.HashMap<>();
        // the state of the last validation is kept: validation ends on the state that is released
        Map<Node, Wanted> lastWanted = new TreeMap<>(BY_IRI);
        Map<Node, Graph> lastPut = new LinkedHashMap<>();
        NewState[] last = new NewState[1];
        java.util.function.Function<Set<String>, ValidationOutcome> validationWithout = out -> {
            Map<Node, Wanted> w = new TreeMap<>(BY_IRI);
            w.putAll(wanted);
            Map<Node, Graph> p = new LinkedHashMap<>(put);
            for (String id : out) {
                p.remove(droppable.get(id));
                keepPrevious(droppable.get(id), before, w);
            }
            NewState st = newState(before, target, w, p, dirty);
            lastWanted.clear();
            lastWanted.putAll(w);
            lastPut.clear();
            lastPut.putAll(p);
            last[0] = st;
            return scoped && !st.changed().contains(GraphNames.ONTOLOGY) && !st.changed().contains(GraphNames.GAZETTEER)
                    ? gate.validate(st.union(), change(st, p, before, target, previous))
                    : gate.validate(st.union());
        };
        Quarantine.Result q;
        if (strict) {
            ValidationOutcome v = validationWithout.apply(Set.of());
            q = new Quarantine.Result(v, Set.of(), v, !v.conforms());
        } else {
            q = Quarantine.run(validationWithout, droppable.keySet());
        }
        if (q.refused()) return new PublishOutcome.Rejected(q.problems());
        List<ArticleFailure> leftOut = new ArrayList<>(failures);
        for (String id : q.leftOutSorted()) {
            Node g = droppable.get(id);
            leftOut.add(new ArticleFailure(wanted.get(g).file(), wanted.get(g).file() + ": left out: " + q.violationsOf(id)
                    + " SHACL violation(s), listed above and in the report"));
        }
        // Quarantine validated the state without the articles it left out last, and that state conformed
        wanted.clear();
        wanted.putAll(lastWanted);
        put.clear();
        put.putAll(lastPut);
        NewState state = last[0];
        changed = state.changed();
        List<Node> removed = state.removed();
        if (changed.isEmpty() && removed.isEmpty()) return new PublishOutcome.Unchanged(before.release(), leftOut, q.problems());
        Graph union = state.union();

        List<String> added = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        for (Node g : changed) {
            if (!GraphNames.isArticle(g)) continue;
            (before.checksums().containsKey(g) ? altered : added).add(articleId(wanted.get(g).file()));
        }
        List<String> withdrawn = new ArrayList<>();
        for (Node g : removed) {
            if (GraphNames.isArticle(g)) withdrawn.add(ReleaseRecord.articleId(g));
        }
        int articles = (int) wanted.keySet().stream().filter(GraphNames::isArticle).count();
        Release release = new Release(before.release() + 1, clock.instant().truncatedTo(ChronoUnit.SECONDS), articles,
                union.size(), sorted(added), sorted(altered), sorted(withdrawn));
        Map<Node, String> written = new LinkedHashMap<>();
        for (Node g : changed) written.put(g, wanted.get(g).checksum());
        Graph releases = ReleaseRecord.next(before, release, written, removed, license, Optional.of(gate.fingerprint()));
        target.apply(new ReleasePlan(release, put, removed, releases));
        return new PublishOutcome.Released(release, leftOut, q.problems());
    }

    private static final ValidationOutcome NO_VIOLATIONS = new ValidationOutcome(true, List.of(), GraphFactory.createDefaultGraph());

    private static final java.util.Comparator<Node> BY_IRI = (a, b) -> a.getURI().compareTo(b.getURI());

    /**
     * The new state for the wanted graphs and the graphs to put: the union of all of them (the
     * target's copy where nothing is put) with the meetings resolved again. Adds the meeting graphs
     * to {@code wanted} and {@code put}.
     */
    private NewState newState(StoreState before, ReleaseTarget target, Map<Node, Wanted> wanted, Map<Node, Graph> put, Set<Node> dirty) {
        List<Node> changed = new ArrayList<>(changed(wanted, before, dirty));
        List<Node> removed = new ArrayList<>(removed(wanted, before));
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        // in the order of the graph names, the target's graphs read a run at a time
        List<Node> kept = new ArrayList<>();
        for (Node g : wanted.keySet()) {
            if (put.containsKey(g)) {
                target.copyInto(kept, union);
                kept.clear();
                put.get(g).find().forEachRemaining(union::add);
            } else {
                kept.add(g);
            }
        }
        target.copyInto(kept, union);
        resolveMeetings(before, target, union, changed, removed, wanted, put, dirty);
        Set<Node> unchanged = new HashSet<>(wanted.keySet());
        changed.forEach(unchanged::remove);
        return new NewState(union, changed, removed, unchanged);
    }

    /**
     * What the new state changes against the target's, for scoped validation: the article graphs it
     * puts, and the triples of the changed and removed graphs (before and after) that the union gains
     * or loses, i.e. that no unchanged graph holds. The target's copies of changed graphs are read once
     * per publish ({@code previous}).
     */
    private static Change change(NewState st, Map<Node, Graph> put, StoreState before, ReleaseTarget target,
                                 Map<Node, Set<Triple>> previous) {
        Set<Triple> was = new HashSet<>();
        Set<Triple> now = new HashSet<>();
        for (Node g : st.changed()) {
            if (before.checksums().containsKey(g)) was.addAll(previous.computeIfAbsent(g, n -> target.graph(n).find().toSet()));
            put.get(g).find().forEachRemaining(now::add);
        }
        for (Node g : st.removed()) was.addAll(previous.computeIfAbsent(g, n -> target.graph(n).find().toSet()));
        Set<Triple> differ = new HashSet<>(was);
        differ.removeAll(now);
        now.removeAll(was);
        differ.addAll(now);
        differ.removeAll(target.held(st.kept(), differ));
        Map<Node, Graph> articles = new LinkedHashMap<>();
        for (Node g : st.changed()) if (GraphNames.isArticle(g)) articles.put(g, put.get(g));
        return new Change(articles, differ);
    }

    /** An article left out of this release: the target keeps the version it has, if any. */
    private static void keepPrevious(Node g, StoreState before, Map<Node, Wanted> wanted) {
        String had = before.checksums().get(g);
        Path file = wanted.containsKey(g) ? wanted.get(g).file() : null;
        if (had == null) {
            wanted.remove(g);
        } else {
            wanted.put(g, new Wanted(had, file, null));
        }
    }

    /** Graphs whose checksum differs from the record, and recorded graphs an interrupted write touched ({@code dirty}). */
    private static List<Node> changed(Map<Node, Wanted> wanted, StoreState before, Set<Node> dirty) {
        return wanted.entrySet().stream()
                .filter(e -> !e.getValue().checksum().equals(before.checksums().get(e.getKey())) || dirty.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static List<Node> removed(Map<Node, Wanted> wanted, StoreState before) {
        return before.checksums().keySet().stream().filter(g -> !wanted.containsKey(g) && !GraphNames.isMeeting(g)).toList();
    }

    /**
     * Resolves again the meeting blocks that the changed and removed articles touch, and adds to the
     * plan the meeting graphs that differ (put) or are gone (removed); unaffected meeting graphs are
     * kept as they are. Adds every meeting graph of the new state to {@code union}.
     */
    private void resolveMeetings(StoreState before, ReleaseTarget target, Graph union, List<Node> changed, List<Node> removed,
                                 Map<Node, Wanted> wanted, Map<Node, Graph> put, Set<Node> dirty) {
        Graph priorGraph = GraphFactory.createDefaultGraph();
        Map<Node, Graph> published = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node g : before.checksums().keySet()) {
            if (!GraphNames.isMeeting(g)) continue;
            Graph content = target.graph(g);
            published.put(g, content);
            content.find().forEachRemaining(priorGraph::add);
        }
        Set<Node> changedArticles = new HashSet<>();
        for (Node g : changed) if (GraphNames.isArticle(g)) changedArticles.add(GraphNames.articleOf(g));
        for (Node g : removed) if (GraphNames.isArticle(g)) changedArticles.add(GraphNames.articleOf(g));
        Resolver.Update update = new Resolver().update(Report.read(union), PriorMeetings.read(priorGraph), changedArticles);
        MeetingWriter writer = new MeetingWriter(union);
        Set<Node> gone = new HashSet<>();
        update.superseded().forEach(m -> gone.add(GraphNames.meeting(m)));
        for (ResolvedMeeting m : update.meetings()) {
            Node name = GraphNames.meeting(m.iri());
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
            writer.write(m, StreamRDFLib.graph(g));
            String sum = Canonical.sha256(g);
            gone.remove(name);
            published.remove(name);
            wanted.put(name, new Wanted(sum, null, g));
            if (!sum.equals(before.checksums().get(name)) || dirty.contains(name)) {
                changed.add(name);
                put.put(name, g);
            }
        }
        for (Node name : gone) {
            if (published.remove(name) != null) removed.add(name);
        }
        for (Map.Entry<Node, Graph> e : published.entrySet()) {
            // a recorded meeting graph that an interrupted write deleted, and that no changed article brings back, is gone
            if (dirty.contains(e.getKey()) && e.getValue().isEmpty()) {
                removed.add(e.getKey());
                continue;
            }
            wanted.put(e.getKey(), new Wanted(before.checksums().get(e.getKey()), null, e.getValue()));
        }
        for (Node name : wanted.keySet()) {
            if (GraphNames.isMeeting(name)) wanted.get(name).content().find().forEachRemaining(union::add);
        }
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    /** The article identifier, as {@link ArticleReader} derives it: the base name without {@code .txt}. */
    static String articleId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ArticleReader.TEXT_SUFFIX) ? name.substring(0, name.length() - ArticleReader.TEXT_SUFFIX.length()) : name;
    }

    /** An article graph depends on the text, the gazetteer, the rules that convert it and the shapes that passed it. */
    static String basis(String gazetteerSum, ShaclGate gate) {
        return Canonical.sha256((gazetteerSum + "\n" + Pipeline.CONVERTER_VERSION + "\n" + gate.fingerprint())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The basis of article graphs made with these sources and shapes (see {@link #inputChecksum(byte[], byte[], String)}). */
    public static String basis(Sources sources, ShaclGate gate) {
        return basis(Canonical.sha256(sources.gazetteer()), gate);
    }

    /** What an article graph is made from: the text, its sidecar (empty if none), and the basis (gazetteer, rules, shapes). */
    public static String inputChecksum(byte[] text, byte[] sidecar, String basis) {
        return Canonical.sha256(basis.getBytes(StandardCharsets.UTF_8), new byte[] {0}, text, new byte[] {0}, sidecar);
    }

    /** What an article graph is made from: the text, its sidecar if any, and the basis (gazetteer, rules, shapes). */
    static String inputChecksum(Path file, String gazetteerSum) throws IOException {
        byte[] side;
        try {
            side = ArticleReader.sidecarBytes(file);
        } catch (ArticleException e) {
            throw new IOException(e.getMessage(), e);
        }
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read: " + e.getMessage(), e);
        }
        return inputChecksum(text, side, gazetteerSum);
    }
}
