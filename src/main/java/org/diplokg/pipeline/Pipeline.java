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
import org.diplokg.extract.status.StatusDecider;
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
    public static final String CONVERTER_VERSION = "2026-12-01.dates-1";

    private final ArticleReader reader = new ArticleReader();
    private final MeetingExtractor extractor;
    private final Linker linker;
    private final MeetingMapper mapper = new MeetingMapper();
    private final Budget budget;
    /** Makes another pipeline like this one, for another thread (null: this one only runs on one thread). */
    private final java.util.function.Supplier<Pipeline> lanes;
    private final int threads;
    /** Converts one article at a time under the deadline; replaced when an article overruns it. */
    private ExecutorService worker;

    public Pipeline(Gazetteer gazetteer) {
        this(gazetteer, Budget.DEFAULT);
    }

    public Pipeline(Gazetteer gazetteer, Budget budget) {
        this(gazetteer, budget, StatusDecider.RULES);
    }

    /** The pipeline with {@code statuses} deciding each meeting's status. */
    public Pipeline(Gazetteer gazetteer, Budget budget, StatusDecider statuses) {
        this(new RuleBasedExtractor(gazetteer, statuses), new GazetteerLinker(gazetteer), budget,
                () -> new Pipeline(gazetteer, budget, statuses), 1);
    }

    public Pipeline(MeetingExtractor extractor, Linker linker) {
        this(extractor, linker, Budget.DEFAULT);
    }

    public Pipeline(MeetingExtractor extractor, Linker linker, Budget budget) {
        this(extractor, linker, budget, null, 1);
    }

    private Pipeline(MeetingExtractor extractor, Linker linker, Budget budget, java.util.function.Supplier<Pipeline> lanes, int threads) {
        this.extractor = extractor;
        this.linker = linker;
        this.budget = budget;
        this.lanes = lanes;
        this.threads = threads;
    }

    /**
     * This pipeline converting on {@code n} threads in {@link #run} and {@link #convert}: each
     * thread has its own extractor, linker and mapper (they are not shared between threads; the
     * gazetteer is). The output is the same, in the same order, whatever {@code n}. A pipeline
     * built from an extractor and a linker has no way to copy them and stays on one thread.
     */
    public Pipeline threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
        return new Pipeline(extractor, linker, budget, lanes, lanes == null ? 1 : n);
    }

    public int threads() {
        return threads;
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
        checkSize(file, size);
        return reader.read(file);
    }

    private void checkSize(Path file, long size) throws ArticleException {
        if (size > budget.maxBytes()) {
            throw new ArticleException(file, "skipped: " + size + " bytes, over the limit of " + budget.maxBytes()
                    + " bytes per article (--max-article-bytes)");
        }
    }

    /**
     * Reads and converts an article given as bytes (a row of a table; {@code file} names it, see
     * {@link ArticleReader#read(Path, byte[], ArticleReader.SidecarBytes)}) within the budget: the
     * size of its text, then the deadline.
     */
    public ArticleResult process(Path file, byte[] text, byte[] sidecar) throws ArticleException, ExtractionException {
        checkSize(file, text.length);
        return withinDeadline(reader.read(file, text, () -> sidecar));
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

    /**
     * One article's outcome from {@link #convert}: its result, or why it has none ({@code failure}
     * is an {@link ArticleException}, an {@link ExtractionException} or a {@link RuntimeException}).
     */
    public record Converted(Path file, ArticleResult result, Exception failure) {
    }

    /** What a worker hands back: the article read (null if it could not be) and its outcome. */
    private record Item(Article article, Converted converted) {
    }

    /** Reads and converts one file, never throwing: the failure is in the outcome. */
    private Item convertOne(Path f) {
        Article article = null;
        try {
            article = read(f);
            return new Item(article, new Converted(f, withinDeadline(article), null));
        } catch (ArticleException | ExtractionException | RuntimeException e) {
            return new Item(article, new Converted(f, null, e));
        }
    }

    /**
     * Converts the files on {@link #threads()} threads and hands each outcome to {@code sink} in
     * the order of {@code files}, as soon as it and all before it are done. At most twice as many
     * articles as threads are converted ahead of the sink (a bounded queue), so memory does not
     * depend on how many files there are, only on what the sink keeps.
     */
    public void convert(List<Path> files, Progress progress, java.util.function.Consumer<Converted> sink) {
        stream(files, progress, item -> sink.accept(item.converted()));
    }

    private void stream(List<Path> files, Progress progress, java.util.function.Consumer<Item> sink) {
        int n = files.size();
        if (threads <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                sink.accept(convertOne(files.get(i)));
                progress.step(i + 1, n, files.get(i).getFileName().toString());
            }
            return;
        }
        int lanesWanted = Math.min(threads, n);
        java.util.concurrent.BlockingQueue<Pipeline> free = new java.util.concurrent.ArrayBlockingQueue<>(lanesWanted);
        free.add(this);
        List<Pipeline> made = new ArrayList<>();
        for (int i = 1; i < lanesWanted; i++) {
            Pipeline p = lanes.get();
            made.add(p);
            free.add(p);
        }
        ExecutorService pool = Executors.newFixedThreadPool(lanesWanted, r -> {
            Thread t = new Thread(r, "diplokg-convert");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<Future<Item>> ahead = new java.util.ArrayDeque<>();
        int next = 0;
        try {
            for (int done = 0; done < n; done++) {
                while (next < n && ahead.size() < 2 * lanesWanted) {
                    Path f = files.get(next++);
                    ahead.add(pool.submit(() -> {
                        Pipeline lane = free.take();
                        try {
                            return lane.convertOne(f);
                        } finally {
                            free.put(lane);
                        }
                    }));
                }
                Item item;
                try {
                    item = ahead.poll().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while converting", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a conversion worker failed", e.getCause());
                }
                sink.accept(item);
                progress.step(done + 1, n, files.get(done).getFileName().toString());
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            for (Pipeline p : made) p.close();
        }
    }

    /** Lets go of this pipeline's worker thread, if it has one. */
    private synchronized void close() {
        if (worker != null) worker.shutdownNow();
        worker = null;
        workerThread = null;
    }

    /** Converts every file; failures are collected with their messages, never thrown. */
    public Batch run(List<Path> files, Progress progress) {
        List<ArticleResult> ok = new ArrayList<>();
        List<ArticleFailure> bad = new ArrayList<>();
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        stream(files, progress, item -> {
            Path f = item.converted().file();
            Path first = item.article() == null ? null : seen.putIfAbsent(item.article().id(), f);
            if (first != null) {
                bad.add(new ArticleFailure(f, new ArticleException(f, "article identifier '" + item.article().id()
                        + "' is already used by " + first + "; rename one of them").getMessage()));
            } else if (item.converted().result() != null) {
                ok.add(item.converted().result());
            } else {
                bad.add(new ArticleFailure(f, message(f, item.converted().failure())));
            }
        });
        return new Batch(ok, bad);
    }

    /** The message {@link #run} gives a failure: the reader's own, or the file with what went wrong. */
    private static String message(Path f, Exception e) {
        if (e instanceof ArticleException) return e.getMessage();
        if (e instanceof ExtractionException) return f + ": " + e.getMessage();
        return f + ": internal error while converting: " + e;
    }
}
