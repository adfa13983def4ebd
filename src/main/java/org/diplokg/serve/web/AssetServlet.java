package org.diplokg.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /assets/*}: the stylesheet and script, from the jar, so pages work with no network. */
final class AssetServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (!name.matches("[a-z0-9-]+\\.[a-z]+") || !TYPES.containsKey(ext)) {
            Negotiated.plain(resp, HttpServletResponse.SC_NOT_FOUND, "no such asset\n");
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream("/web/assets/" + name)) {
            if (in == null) {
                Negotiated.plain(resp, HttpServletResponse.SC_NOT_FOUND, "no such asset\n");
                return;
            }
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", "max-age=3600");
            Negotiated.body(req, resp, in.readAllBytes());
        }
    }
}
