package org.diplokg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diplokg.publish.DumpFiles;

/**
 * {@code /dumps/}: the dump files with their media types and lengths, and stable
 * {@code latest.*} names. Latest is whatever {@code SHA256SUMS} lists (it is written last), so
 * the latest Turtle, N-Triples and TriG are always of one release. Only known names are served.
 */
final class DumpServlet extends HttpServlet {
    private final Path dir;

    DumpServlet(Path dir) {
        this.dir = dir;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.isEmpty()) {
            index(resp, body);
            return;
        }
        boolean sidecar = name.endsWith(".sha256");
        if (sidecar) name = name.substring(0, name.length() - ".sha256".length());
        Optional<String> latest = DumpFiles.latestKind(name);
        if (latest.isPresent()) {
            Optional<String> target = latestName(latest.get());
            if (target.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no dump has been written yet");
                return;
            }
            name = target.get();
        }
        Optional<String> type = DumpFiles.mediaType(name);
        Path file = dir.resolve(name);
        if (type.isEmpty() || !Files.isRegularFile(file)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dump: " + path);
            return;
        }
        if (sidecar) {
            sendChecksum(resp, name, path.substring(1, path.length() - ".sha256".length()), body);
            return;
        }
        // a gzip file is sent as what it is: clients that trust the type must not parse it as N-Triples
        resp.setContentType(name.endsWith(".gz") ? "application/gzip" : type.get());
        if (name.endsWith(".gz")) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        } else {
            resp.setCharacterEncoding("UTF-8");
        }
        resp.setContentLengthLong(Files.size(file));
        if (!body) return;
        try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** {@code NAME.sha256}: the line of SHA256SUMS for one file, under the name it was asked by. */
    private void sendChecksum(HttpServletResponse resp, String file, String askedAs, boolean body) throws IOException {
        Optional<String> hex = DumpFiles.checksum(dir, file);
        if (hex.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no checksum recorded for " + file);
            return;
        }
        byte[] bytes = (hex.get() + "  " + askedAs + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(bytes.length);
        if (body) resp.getOutputStream().write(bytes);
    }

    private Optional<String> latestName(String kind) throws IOException {
        return DumpFiles.latestName(dir, kind);
    }

    private void index(HttpServletResponse resp, boolean body) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String n : List.of("latest.ttl", "latest.nt.gz", "latest.trig", DumpFiles.VOID, DumpFiles.SUMS)) {
            sb.append(n).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(bytes.length);
        if (body) resp.getOutputStream().write(bytes);
    }
}
