package org.diplokg.serve.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dump files this server offers under {@code /dumps/}, found by asking the server itself at
 * request time: the dumps are another part's business, so the landing page shows a link only
 * when it answers, and a checksum only when a {@code .sha256} file or {@code SHA256SUMS} says so.
 */
final class DumpLinks {
    static final List<String> CANDIDATES = List.of("latest.ttl", "latest.ttl.gz", "latest.nt", "latest.nt.gz",
            "latest.jsonld", "latest.trig", "latest.nq.gz");

    /** A dump that answered: its path on this server and its SHA-256 when published. */
    record Dump(String path, Optional<String> sha256) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    List<Dump> find(String selfBase) {
        List<Dump> out = new ArrayList<>();
        Optional<String> sums = get(selfBase + "/dumps/SHA256SUMS");
        for (String name : CANDIDATES) {
            String path = "/dumps/" + name;
            if (!answers(selfBase + path)) continue;
            Optional<String> sha = get(selfBase + path + ".sha256").flatMap(DumpLinks::firstHex)
                    .or(() -> sums.flatMap(s -> sumFor(s, name)));
            out.add(new Dump(path, sha));
        }
        return out;
    }

    private boolean answers(String url) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private Optional<String> get(String url) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
            return resp.statusCode() == 200 ? Optional.of(resp.body()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstHex(String s) {
        String t = s.strip().split("\\s+")[0];
        return t.matches("[0-9a-fA-F]{64}") ? Optional.of(t.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The checksum for a file in {@code sha256sum} output ("HEX  name" or "HEX *name"). */
    static Optional<String> sumFor(String sums, String name) {
        for (String line : sums.split("\n")) {
            String[] p = line.strip().split("\\s+", 2);
            if (p.length == 2 && (p[1].equals(name) || p[1].equals("*" + name) || p[1].endsWith("/" + name))) return firstHex(p[0]);
        }
        return Optional.empty();
    }
}
