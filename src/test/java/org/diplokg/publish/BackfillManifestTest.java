package org.diplokg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backfill output is loaded only when every file its manifest lists is there, whole and unchanged. */
class BackfillManifestTest {
    @TempDir
    Path dir;

    private BackfillManifest write(String content) throws IOException {
        Files.createDirectories(dir.resolve("quads"));
        Path f = dir.resolve("quads/part-00000.nq");
        Files.writeString(f, content);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        BackfillManifest m = new BackfillManifest(BackfillManifest.FORMAT, "v", "basis", "txt [x]", 1, 1, 0, 1, 0, false,
                List.of(new BackfillManifest.Part("quads/part-00000.nq", "quads", bytes.length, 1, Canonical.sha256(bytes))));
        Files.writeString(dir.resolve(BackfillManifest.FILE), m.toJson());
        return m;
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        BackfillManifest m = write("<a> <b> <c> <g> .\n");
        assertEquals(m, BackfillManifest.read(dir));
        assertEquals(1, BackfillManifest.read(dir).files("quads").size());
        assertEquals(0, BackfillManifest.read(dir).files("meetings").size());
    }

    @Test
    void refusesAnAlteredFile() throws IOException {
        write("<a> <b> <c> <g> .\n");
        Files.writeString(dir.resolve("quads/part-00000.nq"), "<a> <b> <d> <g> .\n");
        IOException e = assertThrows(IOException.class, () -> BackfillManifest.read(dir));
        assertTrue(e.getMessage().contains("part-00000.nq") && e.getMessage().contains("differs"), e.getMessage());
    }

    @Test
    void refusesAMissingFileOrManifest() throws IOException {
        write("<a> <b> <c> <g> .\n");
        Files.delete(dir.resolve("quads/part-00000.nq"));
        assertTrue(assertThrows(IOException.class, () -> BackfillManifest.read(dir)).getMessage().contains("missing"));
        Files.delete(dir.resolve(BackfillManifest.FILE));
        assertTrue(assertThrows(IOException.class, () -> BackfillManifest.read(dir)).getMessage().contains("no manifest.json"));
        Files.writeString(dir.resolve(BackfillManifest.FILE), "{\"format\":\"other\"}");
        assertTrue(assertThrows(IOException.class, () -> BackfillManifest.read(dir)).getMessage().contains("not a backfill manifest"));
    }
}
