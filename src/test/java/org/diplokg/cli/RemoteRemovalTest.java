package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.publish.Corpus;
import org.diplokg.serve.DiploServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish --to a server whose Graph Store endpoint needs basic auth: removing an article sends the credentials too. */
class RemoteRemovalTest {
    @Test
    void aRemovedArticleIsDeletedWithTheCredentials(@TempDir Path tmp) throws Exception {
        Path users = Files.writeString(tmp.resolve("users"), "publisher: pa55word\n");
        Path secret = Files.writeString(tmp.resolve("secret"), "pa55word\n");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (DiploServer s = DiploServer.builder().dataset(dsg).port(0).updates(users).start()) {
            String to = s.baseUrl() + DiploServer.DATASET + "/data";
            Corpus corpus = Corpus.copy(tmp.resolve("articles"));
            String[] publish = {"publish", "-q", "--to", to, "--user", "publisher", "--password-file", secret.toString(),
                    corpus.dir().toString()};
            CliTest.Run first = CliTest.run(publish);
            assertEquals(0, first.code(), first.err());
            assertEquals(5, articleGraphs(dsg).size());
            String removed = corpus.removeLast();
            CliTest.Run second = CliTest.run(publish);
            assertEquals(0, second.code(), second.err());
            assertTrue(second.out().contains("published release 2: 0 added, 0 changed, 1 removed"), second.out());
            Set<String> left = articleGraphs(dsg);
            assertEquals(4, left.size(), left.toString());
            assertTrue(!left.contains(removed));
        }
    }

    static Set<String> articleGraphs(DatasetGraph dsg) {
        Set<String> ids = new TreeSet<>();
        String prefix = "https://w3id.org/diplokg/graph/article/";
        dsg.executeRead(() -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(prefix)) ids.add(g.getURI().substring(prefix.length()));
        }));
        return ids;
    }
}
