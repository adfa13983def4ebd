package org.diplokg.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.diplokg.bench.SyntheticCorpus;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Progress;

/**
 * The Spark backfill figure of docs/benchmarks.md: {@code SparkBench N [RUNS]} generates N
 * articles, warms the JVM up (1,000 articles on two cores, 300 on one), then runs the job RUNS times (default 3) with
 * {@code local[1]} and {@code local[2]} in turn (alternating which goes first), each in a fresh session, and prints articles/s
 * of each run and the ratio of the medians. Run from the project root (the templates of
 * {@link SyntheticCorpus#DEFAULT_TEMPLATES}).
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path tmp = Files.createTempDirectory("diplokg-spark-bench");
        Path articles = tmp.resolve("articles");
        new SyntheticCorpus(GazetteerLoader.bundled(), SyntheticCorpus.templateFiles(SyntheticCorpus.DEFAULT_TEMPLATES))
                .write(n, articles, Progress.NONE);
        // the JIT keeps speeding conversion up for the first thousand articles or so: warm up on both, then alternate the order
        job("local[2]", List.of(articles), tmp.resolve("warmup-2"), 8, Math.min(n, 1000));
        job("local[1]", List.of(articles), tmp.resolve("warmup-1"), 8, Math.min(n, 300));
        double[][] rates = new double[2][runs];
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < 2; k++) {
                int cores = r % 2 == 0 ? 1 + k : 2 - k;
                long cpu0 = cpuNanos();
                BackfillJob.Summary s = job("local[" + cores + "]", List.of(articles), tmp.resolve("run-" + r + "-" + cores), 8, n);
                double cpu = (cpuNanos() - cpu0) / 1e9;
                rates[cores - 1][r] = s.articlesPerSecond();
                // CPU time of the whole JVM (tasks, GC, JIT) over the job's wall time: the cores the machine gave it
                System.out.printf(Locale.ROOT, "run %d local[%d]: %d articles in %.1f s, %.1f articles/s, %.1f CPU s (%.2f cores busy)%n",
                        r + 1, cores, s.manifest().articles(), s.seconds(), s.articlesPerSecond(), cpu, cpu / s.seconds());
            }
            System.out.printf(Locale.ROOT, "run %d ratio %.2fx%n", r + 1, rates[1][r] / rates[0][r]);
        }
        double one = median(rates[0]);
        double two = median(rates[1]);
        System.out.printf(Locale.ROOT, "median local[1] %.1f articles/s, local[2] %.1f articles/s: %.2fx%n", one, two, two / one);
    }

    private static BackfillJob.Summary job(String master, List<Path> in, Path out, int partitions, int limit) throws Exception {
        SparkSession spark = BackfillMain.session(master).getOrCreate();
        try {
            List<Path> inputs = in;
            if (limit > 0) {
                try (var s = Files.list(in.get(0))) {
                    inputs = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
                }
            }
            return BackfillJob.run(spark, BackfillSettings.of(inputs, out).withPartitions(partitions), null);
        } finally {
            spark.stop();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
