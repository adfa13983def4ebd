package org.diplokg.extract.gazetteer.wikidata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Asks a public SPARQL endpoint the way its operators ask to be asked: a User-Agent naming the
 * tool, results a page at a time (LIMIT/OFFSET on an ordered query), and on 429 or 503 a pause
 * of Retry-After seconds (or a doubling backoff) before trying again.
 */
public final class SparqlPager {
    /** Sent with every request; Wikidata's policy asks bots to identify themselves. */
    public static final String USER_AGENT = "DiploKG/0.1 (gazetteer refresh; https://w3id.org/diplokg)";
    static final int MAX_ATTEMPTS = 5;
    static final Duration MAX_WAIT = Duration.ofSeconds(120);

    private final URI endpoint;
    private final int pageSize;
    private final Duration firstBackoff;
    private final HttpClient http;
    private final Consumer<String> progress;

    /**
     * @param firstBackoff the pause before the first retry when the server gives no Retry-After;
     *                     doubled at each further retry
     */
    public SparqlPager(URI endpoint, int pageSize, Duration firstBackoff, Consumer<String> progress) {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be at least 1, not " + pageSize);
        this.endpoint = endpoint;
        this.pageSize = pageSize;
        this.firstBackoff = firstBackoff;
        this.progress = progress;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Every row of an ordered SELECT query, fetched page by page until a short page. */
    public List<QuerySolution> select(String name, String queryText) {
        Query base = QueryFactory.create(queryText);
        if (!base.isSelectType()) throw new RefreshException(name + ": only SELECT queries can be paged");
        List<QuerySolution> rows = new ArrayList<>();
        for (long offset = 0; ; offset += pageSize) {
            Query page = base.cloneQuery();
            page.setLimit(pageSize);
            page.setOffset(offset);
            List<QuerySolution> got = fetch(name, page.serialize());
            rows.addAll(got);
            progress.accept(name + ": " + rows.size() + " rows");
            if (got.size() < pageSize) return rows;
        }
    }

    private List<QuerySolution> fetch(String name, String queryText) {
        String form = "query=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(2))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new RefreshException(name + ": cannot reach " + endpoint + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RefreshException(name + ": interrupted while querying " + endpoint, e);
            }
            int status = response.statusCode();
            if (status == 200) return parse(name, response.body());
            boolean busy = status == 429 || status == 503;
            if (!busy || attempt == MAX_ATTEMPTS) {
                throw new RefreshException(name + ": " + endpoint + " answered HTTP " + status
                        + (busy ? " " + attempt + " times" : "") + ": " + excerpt(response.body()));
            }
            Duration wait = retryAfter(response).orElse(backoff);
            if (wait.compareTo(MAX_WAIT) > 0) wait = MAX_WAIT;
            progress.accept(name + ": HTTP " + status + ", retrying in " + wait.toSeconds() + " s");
            pause(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static List<QuerySolution> parse(String name, byte[] body) {
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        } catch (RuntimeException e) {
            throw new RefreshException(name + ": the endpoint's answer is not SPARQL JSON results: " + e.getMessage(), e);
        }
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> h = response.headers().firstValue("Retry-After").map(String::strip);
        if (h.isEmpty()) return Optional.empty();
        String v = h.get();
        if (v.matches("\\d{1,9}")) return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefreshException("interrupted while waiting to retry", e);
        }
    }

    private static String excerpt(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
