package org.diplokg.serve.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplokg.publish.DumpFiles;

/**
 * The dump files this server offers under {@code /dumps/}, read from the dump folder it serves
 * (in-process: the landing page never calls the server itself). A dump is listed with the
 * checksum SHA256SUMS records for it; no folder, no dumps.
 */
final class DumpLinks {
    /** A dump: its path on this server and its SHA-256 when published. */
    record Dump(String path, Optional<String> sha256) {
    }

    private final Optional<Path> dir;

    DumpLinks(Optional<Path> dir) {
        this.dir = dir;
    }

    List<Dump> find() {
        List<Dump> out = new ArrayList<>();
        if (dir.isEmpty()) return out;
        for (String kind : DumpFiles.KINDS.keySet()) {
            try {
                Optional<String> name = DumpFiles.latestName(dir.get(), kind);
                if (name.isPresent() && java.nio.file.Files.isRegularFile(dir.get().resolve(name.get()))) {
                    out.add(new Dump("/dumps/latest." + kind, DumpFiles.checksum(dir.get(), name.get())));
                }
            } catch (IOException e) {
                // an unreadable dump folder offers no dumps
            }
        }
        return out;
    }
}
