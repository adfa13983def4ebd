package org.diplokg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Plain HTTP requests for tests, and the independent parser (rapper) run on downloaded files. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> form(String url, String field, String value, String user, String password, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code rapper -i SYNTAX -c FILE}; returns the triple count it reports, failing on any error. */
    static long rapperCount(String syntax, Path file) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("rapper", "-i", syntax, "-c", file.toString()));
        if (syntax.equals("ntriples")) cmd.add("http://example.org/base/");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0 || out.contains("Error")) throw new AssertionError("rapper rejected " + file + ":\n" + out);
        var m = java.util.regex.Pattern.compile("returned (\\d+) triples").matcher(out);
        if (!m.find()) throw new AssertionError("rapper said nothing about " + file + ":\n" + out);
        return Long.parseLong(m.group(1));
    }
}
