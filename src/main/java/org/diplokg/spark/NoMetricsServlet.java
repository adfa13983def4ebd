package org.diplokg.spark;

import java.util.Properties;

import com.codahale.metrics.MetricRegistry;

/**
 * Spark's metrics servlet without its web handler. Spark 4 builds that handler on Servlet 5
 * ({@code jakarta.servlet.SingleThreadModel}) even with the UI off, while the Jetty 12 of Fuseki in
 * the same class path brings Servlet 6, which dropped it; so a session started beside DiploKG's jars
 * (tests, {@code java -cp}) uses this sink instead ({@link BackfillMain#session}). Metrics still go
 * to the other sinks.
 */
public class NoMetricsServlet extends org.apache.spark.metrics.sink.MetricsServlet {
    public NoMetricsServlet(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public org.sparkproject.jetty.servlet.ServletContextHandler[] getHandlers(org.apache.spark.SparkConf conf) {
        return new org.sparkproject.jetty.servlet.ServletContextHandler[0];
    }
}
