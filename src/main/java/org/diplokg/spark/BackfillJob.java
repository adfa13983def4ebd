package org.diplokg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.publish.ArticleQuads;
import org.diplokg.publish.BackfillManifest;
import org.diplokg.publish.Canonical;
import org.diplokg.publish.Publisher;
import org.diplokg.publish.Sources;

import scala.Tuple2;

/**
 * The backfill job: articles to validated N-Quads on Spark executors. Each article goes through the
 * same pipeline and SHACL gate as in {@code convert} and {@code publish} ({@link ArticleQuads}); its
 * graph is written as the sorted N-Quads lines {@code publish} stores for it, in input order, so the
 * partitions taken together are the single-process output graph by graph, byte for byte. Writes
 * into the output folder:
 * <ul>
 * <li>{@code quads/part-NNNNN.nq}: the article graphs;</li>
 * <li>{@code articles/part-NNNNN.tsv}: identifier, input checksum and quads of each accepted article;</li>
 * <li>{@code rejected/part-NNNNN.tsv}: identifier, file or row and reason of each rejected article;</li>
 * <li>{@code meetings/part-NNNNN.nq}: with {@code --resolve}, the meeting graphs ({@link MeetingStage});</li>
 * <li>{@code manifest.json}: counts, and every file with its size, lines and SHA-256 ({@link BackfillManifest}).</li>
 * </ul>
 * An article that cannot be read, converted or validated is rejected with its reason; it never fails
 * its task.
 */
public final class BackfillJob {
    private BackfillJob() {
    }

    /** What a run did; {@code seconds} is the time of the job alone, without starting Spark. */
    public record Summary(BackfillManifest manifest, double seconds) {
        public double articlesPerSecond() {
            return manifest.articles() / Math.max(seconds, 1e-9);
        }
    }

    /** Runs the job in a Spark session; {@code progress} gets a line per stage (null: none). */
    public static Summary run(SparkSession spark, BackfillSettings s, Consumer<String> progress) throws IOException {
        Consumer<String> say = progress == null ? m -> { } : progress;
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(s.output());
        FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
        if (fs.exists(out)) throw new IOException(s.output() + ": already exists; give a new output folder");
        int partitions = s.partitions() > 0 ? s.partitions() : 4 * jsc.defaultParallelism();

        JavaRDD<ArticleQuads.Outcome> outcomes = (s.format().equals("txt") ? fromFolders(jsc, s, partitions, say)
                : fromTable(spark, s, partitions, say)).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ArticleQuads.Outcome> accepted = outcomes.filter(ArticleQuads.Outcome::accepted);
        say.accept("converting and validating in " + partitions + " partitions");
        accepted.filter(o -> o.quads() > 0).map(o -> o.nquads().substring(0, o.nquads().length() - 1))
                .saveAsTextFile(s.output() + "/" + BackfillManifest.QUADS);
        accepted.map(o -> o.id() + "\t" + o.inputChecksum() + "\t" + o.quads()).saveAsTextFile(s.output() + "/" + BackfillManifest.ARTICLES);
        outcomes.filter(o -> !o.accepted()).map(o -> o.id() + "\t" + o.source() + "\t" + o.reason())
                .saveAsTextFile(s.output() + "/" + BackfillManifest.REJECTED);
        long meetings = 0;
        if (s.resolve()) {
            say.accept("resolving meetings across articles, by blocks of states and time");
            List<MeetingStage.ReportKey> keys = accepted.flatMap(o -> MeetingStage.keys(o).iterator()).collect();
            List<Tuple2<String, String>> byBlock = new ArrayList<>();
            for (Map.Entry<String, String> e : MeetingStage.articlesByBlock(keys)) byBlock.add(new Tuple2<>(e.getKey(), e.getValue()));
            JavaPairRDD<String, String> graphs = accepted.mapToPair(o -> new Tuple2<>(o.id(), o.nquads()));
            JavaPairRDD<String, String> meetingGraphs = jsc.parallelizePairs(byBlock, partitions).join(graphs)
                    .mapToPair(t -> t._2())
                    .groupByKey(partitions)
                    .flatMapToPair(b -> MeetingStage.resolve(b._1(), b._2(), ExecutorState.labels(s)).stream()
                            .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                    .sortByKey(true, partitions);
            meetingGraphs.values().map(nq -> nq.substring(0, nq.length() - 1)).saveAsTextFile(s.output() + "/" + BackfillManifest.MEETINGS);
        }
        outcomes.unpersist(false);
        BackfillManifest m = manifest(fs, out, s);
        try (FSDataOutputStream os = fs.create(new org.apache.hadoop.fs.Path(out, BackfillManifest.FILE), false)) {
            os.write(m.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return new Summary(m, (System.nanoTime() - t0) / 1e9);
    }

    /** Articles with sidecars: the driver lists the files, the executors read them (a shared file system on a cluster). */
    private static JavaRDD<ArticleQuads.Outcome> fromFolders(JavaSparkContext jsc, BackfillSettings s, int partitions,
                                                             Consumer<String> say) throws IOException {
        List<Path> files;
        try {
            files = ArticleReader.expand(s.inputs().stream().map(Path::of).toList(), m -> say.accept("error: " + m));
        } catch (ArticleException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (files.isEmpty()) throw new IOException("no *.txt articles in " + s.inputs());
        Map<String, Path> seen = new java.util.HashMap<>();
        for (Path f : files) {
            Path dup = seen.put(f.getFileName().toString(), f);
            if (dup != null) throw new IOException(f + ": another input has the same article identifier (" + dup + ")");
        }
        say.accept(files.size() + " articles in " + s.inputs());
        List<String> names = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
        return jsc.parallelize(names, Math.min(partitions, names.size())).mapPartitions(it -> convert(s, it, (q, f) -> q.file(Path.of(f)), f -> f));
    }

    /** A Parquet or JSON Lines table of {@code id, text, title, source, published}, in the order of its rows. */
    private static JavaRDD<ArticleQuads.Outcome> fromTable(SparkSession spark, BackfillSettings s, int partitions,
                                                           Consumer<String> say) throws IOException {
        Dataset<Row> table = spark.read().format(s.format()).load(s.inputs().toArray(String[]::new));
        List<String> columns = List.of(table.columns());
        for (String c : List.of("id", "text")) {
            if (!columns.contains(c)) throw new IOException(s.inputs() + ": the table has no column '" + c + "' (it has " + columns + ")");
        }
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[6];
        String[] names = {"id", "text", "title", "source", "published"};
        for (int i = 0; i < names.length; i++) {
            cols[i] = columns.contains(names[i]) ? functions.col(names[i]).cast("string").as(names[i])
                    : functions.lit(null).cast("string").as(names[i]);
        }
        cols[5] = functions.input_file_name().as("file");
        Dataset<Row> rows = table.select(cols);
        List<Row> dups = rows.groupBy("id").count().filter(functions.col("count").gt(1)).limit(5).collectAsList();
        if (!dups.isEmpty()) throw new IOException(s.inputs() + ": article identifiers given to more than one row: " + dups.stream().map(r -> r.get(0)).toList());
        say.accept("table " + s.inputs() + " (" + s.format() + ")");
        JavaRDD<Row> in = rows.javaRDD();
        // a row is named by its place in its own file, not in the input: a folder of part files is read a partition per file
        // (or per split of a big file, splits in file order, other files between them), so the rows of each file in each
        // partition are counted first, and each partition starts from the rows of its files in the partitions before it
        List<Map<String, Long>> counts = in.mapPartitions(it -> {
            Map<String, Long> n = new java.util.HashMap<>();
            it.forEachRemaining(r -> n.merge(r.getString(5), 1L, Long::sum));
            return List.of(n).iterator();
        }).collect();
        List<Map<String, Long>> before = new ArrayList<>();
        long[] first = new long[counts.size()];
        Map<String, Long> seen = new java.util.HashMap<>();
        long total = 0;
        for (int p = 0; p < counts.size(); p++) {
            Map<String, Long> b = new java.util.HashMap<>();
            for (Map.Entry<String, Long> e : counts.get(p).entrySet()) {
                b.put(e.getKey(), seen.getOrDefault(e.getKey(), 0L));
                seen.merge(e.getKey(), e.getValue(), Long::sum);
            }
            before.add(b);
            first[p] = total;
            total += counts.get(p).values().stream().mapToLong(Long::longValue).sum();
        }
        return in.mapPartitionsWithIndex((p, it) -> numbered(it, first[p], before.get(p)), false)
                .mapToPair(t -> t).sortByKey(true, partitions)
                .mapPartitions(it -> convert(s, it, (q, t) -> {
                    Row r = t._2()._2();
                    String id = r.getString(0);
                    String where = t._2()._1();
                    if (id == null || id.isBlank() || r.getString(1) == null) {
                        return new ArticleQuads.Outcome(id == null ? "" : id, where, "", 0, "", where + ": no id or no text");
                    }
                    return q.row(id, r.getString(1).getBytes(StandardCharsets.UTF_8),
                            ArticleQuads.sidecar(r.getString(2), r.getString(3), r.getString(4)), where);
                }, t -> t._2()._1()));
    }

    /**
     * The rows of a partition keyed by their place in the input ({@code first} for the first), each with its
     * name "row N of FILE", N counted in its file from {@code before} (its rows in earlier partitions).
     */
    private static Iterator<Tuple2<Long, Tuple2<String, Row>>> numbered(Iterator<Row> rows, long first, Map<String, Long> before) {
        Map<String, Long> n = new java.util.HashMap<>(before);
        return new Iterator<>() {
            private long next = first;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Tuple2<Long, Tuple2<String, Row>> next() {
                Row r = rows.next();
                long inFile = n.merge(r.getString(5), 1L, Long::sum);
                return new Tuple2<>(next++, new Tuple2<>("row " + inFile + " of " + r.getString(5), r));
            }
        };
    }

    private interface Step<T> extends java.io.Serializable {
        ArticleQuads.Outcome apply(ArticleQuads q, T item);
    }

    /** How an item is named in the report when converting it failed in an unforeseen way. */
    private interface Label<T> extends java.io.Serializable {
        String of(T item);
    }

    /** Converts a partition with a converter of this JVM's pool; an error in one article is that article's outcome. */
    private static <T> Iterator<ArticleQuads.Outcome> convert(BackfillSettings s, Iterator<T> items, Step<T> step, Label<T> label) {
        ArticleQuads q = ExecutorState.borrow(s);
        try {
            List<ArticleQuads.Outcome> out = new ArrayList<>();
            while (items.hasNext()) {
                T item = items.next();
                try {
                    out.add(step.apply(q, item));
                } catch (RuntimeException | StackOverflowError e) {
                    String where = label.of(item);
                    out.add(new ArticleQuads.Outcome(where, where, "", 0, "", where + ": internal error while converting: " + e));
                }
            }
            return out.iterator();
        } finally {
            ExecutorState.giveBack(s, q);
        }
    }

    /** Renames the parts to their kinds' suffixes (.nq, .tsv, so TDB2's loaders tell the syntax) and lists them with checksums. */
    private static BackfillManifest manifest(FileSystem fs, org.apache.hadoop.fs.Path out, BackfillSettings s) throws IOException {
        List<BackfillManifest.Part> parts = new ArrayList<>();
        long[] lines = new long[4];
        String[] kinds = {BackfillManifest.QUADS, BackfillManifest.ARTICLES, BackfillManifest.REJECTED, BackfillManifest.MEETINGS};
        for (int k = 0; k < kinds.length; k++) {
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out, kinds[k]);
            if (!fs.exists(dir)) continue;
            String suffix = kinds[k].equals(BackfillManifest.QUADS) || kinds[k].equals(BackfillManifest.MEETINGS) ? ".nq" : ".tsv";
            FileStatus[] listed = fs.listStatus(dir, p -> p.getName().startsWith("part-"));
            java.util.Arrays.sort(listed, java.util.Comparator.comparing(f -> f.getPath().getName()));
            for (FileStatus f : listed) {
                org.apache.hadoop.fs.Path named = new org.apache.hadoop.fs.Path(dir, f.getPath().getName() + suffix);
                if (!fs.rename(f.getPath(), named)) throw new IOException("cannot rename " + f.getPath() + " to " + named);
                long n = 0;
                String sha;
                try (InputStream in = fs.open(named); LineCounter c = new LineCounter(in)) {
                    sha = Canonical.sha256(c);
                    n = c.lines;
                }
                lines[k] += n;
                parts.add(new BackfillManifest.Part(kinds[k] + "/" + named.getName(), kinds[k], fs.getFileStatus(named).getLen(), n, sha));
            }
        }
        long quads = lines[0];
        String basis = Publisher.basis(s.gazetteer() == null ? Sources.bundled() : Sources.withGazetteer(Path.of(s.gazetteer())),
                ExecutorState.gate(s));
        return new BackfillManifest(BackfillManifest.FORMAT, Pipeline.CONVERTER_VERSION, basis, s.format() + " " + s.inputs(),
                lines[1] + lines[2], lines[1], lines[2], quads, lines[3] == 0 ? 0 : countGraphs(fs, out), s.resolve(), parts);
    }

    /** Distinct graph names in the meeting files: each meeting is one graph. */
    private static long countGraphs(FileSystem fs, org.apache.hadoop.fs.Path out) throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (FileStatus f : fs.listStatus(new org.apache.hadoop.fs.Path(out, BackfillManifest.MEETINGS), p -> p.getName().endsWith(".nq"))) {
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(fs.open(f.getPath()), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    int end = l.lastIndexOf('>');
                    int start = l.lastIndexOf('<', end);
                    if (start >= 0) names.add(l.substring(start, end + 1));
                }
            }
        }
        return names.size();
    }

    /** Counts line feeds while the bytes pass through. */
    private static final class LineCounter extends java.io.FilterInputStream {
        long lines;

        LineCounter(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == '\n') lines++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + Math.max(n, 0); i++) if (buf[i] == '\n') lines++;
            return n;
        }
    }

    /** Prints to a stream, for progress on stderr. */
    static Consumer<String> to(PrintStream err) {
        return err::println;
    }
}
