package org.diplokg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.article.Article;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.ExtractionException;
import org.diplokg.extract.Meeting;
import org.diplokg.extract.MeetingExtractor;
import org.diplokg.extract.RuleBasedExtractor;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.link.GazetteerLinker;
import org.diplokg.link.LinkedMeeting;
import org.diplokg.link.Linker;
import org.diplokg.rdf.MeetingMapper;
import org.diplokg.rdf.vocab.Namespaces;

/** Article file to RDF: read, extract, link, map. One article's failure never stops the others. */
public final class Pipeline {
    /**
     * The version of the conversion rules. Raise it whenever extraction, linking or mapping changes
     * what an article becomes, so that a published store converts its articles again.
     */
    public static final String CONVERTER_VERSION = "2026-11-30.reports-1";

    private final ArticleReader reader = new ArticleReader();
    private final MeetingExtractor extractor;
    private final Linker linker;
    private final MeetingMapper mapper = new MeetingMapper();
    private final Budget budget;
    /** Converts one article at a time under the deadline; replaced when an article overruns it. */
    private ExecutorService worker;

    public Pipeline(Gazetteer gazetteer) {
        this(gazetteer, Budget.DEFAULT);
    }

    public Pipeline(Gazetteer gazetteer, Budget budget) {
        this(new RuleBasedExtractor(gazetteer), new GazetteerLinker(gazetteer), budget);
    }

    public Pipeline(MeetingExtractor extractor, Linker linker) {
        this(extractor, linker, Budget.DEFAULT);
    }

    public Pipeline(MeetingExtractor extractor, Linker linker, Budget budget) {
        this.extractor = extractor;
        this.linker = linker;
        this.budget = budget;
    }

    /** Reads and converts one article file within the budget (size, then deadline). */
    public ArticleResult process(Path file) throws ArticleException, ExtractionException {
        return withinDeadline(read(file));
    }

    /** Converts an article already read, without a deadline. */
    public ArticleResult process(Article article) throws ExtractionException {
        List<Meeting> meetings = extractor.extract(article);
        List<LinkedMeeting> linked = meetings.stream().map(linker::link).toList();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        mapper.map(article, linked, StreamRDFLib.graph(g));
        return new ArticleResult(article, linked, g);
    }

    /** Reads an article whose file is within the size budget. */
    private Article read(Path file) throws ArticleException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ArticleException(file, 0, "cannot read: " + e.getMessage(), null);
        }
        if (size > budget.maxBytes()) {
            throw new ArticleException(file, "skipped: " + size + " bytes, over the limit of " + budget.maxBytes()
                    + " bytes per article (--max-article-bytes)");
        }
        return reader.read(file);
    }

    /**
     * Converts on a worker thread and waits at most the deadline. An article that overruns it is
     * reported and its worker abandoned: interrupted, and stopped if it does not end by itself, so
     * a runaway article does not keep a core busy.
     */
    private ArticleResult withinDeadline(Article article) throws ArticleException, ExtractionException {
        Future<ArticleResult> f = worker().submit(() -> process(article));
        try {
            return f.get(budget.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            abandonWorker();
            throw new ArticleException(article.file(), "skipped: converting it took longer than the limit of "
                    + seconds(budget.deadline()) + " per article (--article-timeout)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleException(article.file(), "skipped: interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ExtractionException x) throw x;
            if (c instanceof RuntimeException x) throw x;
            if (c instanceof OutOfMemoryError || c instanceof StackOverflowError) {
                abandonWorker();
                throw new ArticleException(article.file(), "skipped: too large or too deeply nested to convert ("
                        + c.getClass().getSimpleName() + ")");
            }
            throw new IllegalStateException(c);
        }
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private synchronized ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "diplokg-article");
                t.setDaemon(true);
                workerThread = t;
                return t;
            });
        }
        return worker;
    }

    private Thread workerThread;

    /** Leaves the current worker to its runaway article and makes a fresh one for the next. */
    private synchronized void abandonWorker() {
        ExecutorService old = worker;
        Thread runaway = workerThread;
        worker = null;
        workerThread = null;
        if (old == null) return;
        old.shutdownNow();
        Thread stopper = new Thread(() -> {
            try {
                if (!old.awaitTermination(1, TimeUnit.SECONDS) && runaway != null) stop(runaway);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "diplokg-article-stopper");
        stopper.setDaemon(true);
        stopper.start();
    }

    /**
     * The rules do not look at interrupts, so a worker that overran its deadline is stopped.
     * {@code Thread.stop} is safe enough here: the worker holds no lock and shares no mutable
     * state (the gazetteer is read-only); on a JDK without it the thread runs on to the end of its
     * article and is then discarded.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        try {
            if (t.isAlive()) t.stop();
        } catch (UnsupportedOperationException e) {
            // newer JDKs: let it finish
        }
    }

    /** Converts every file; failures are collected with their messages, never thrown. */
    public Batch run(List<Path> files, Progress progress) {
        List<ArticleResult> ok = new ArrayList<>();
        List<ArticleFailure> bad = new ArrayList<>();
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        int done = 0;
        for (Path f : files) {
            try {
                Article article = read(f);
                Path first = seen.putIfAbsent(article.id(), f);
                if (first != null) {
                    throw new ArticleException(f, "article identifier '" + article.id() + "' is already used by " + first
                            + "; rename one of them");
                }
                ok.add(withinDeadline(article));
            } catch (ArticleException e) {
                bad.add(new ArticleFailure(f, e.getMessage()));
            } catch (ExtractionException e) {
                bad.add(new ArticleFailure(f, f + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                bad.add(new ArticleFailure(f, f + ": internal error while converting: " + e));
            }
            progress.step(++done, files.size(), f.getFileName().toString());
        }
        return new Batch(ok, bad);
    }
}
