package org.diplokg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.article.Article;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.ExtractionException;
import org.diplokg.extract.Meeting;
import org.diplokg.extract.MeetingExtractor;
import org.diplokg.extract.RuleBasedExtractor;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.link.GazetteerLinker;
import org.diplokg.link.LinkedMeeting;
import org.diplokg.link.Linker;
import org.diplokg.rdf.MeetingMapper;
import org.diplokg.rdf.vocab.Namespaces;

/** Article file to RDF: read, extract, link, map. One article's failure never stops the others. */
public final class Pipeline {
    /**
     * The version of the conversion rules. Raise it whenever extraction, linking or mapping changes
     * what an article becomes, so that a published store converts its articles again.
     */
    public static final String CONVERTER_VERSION = "2026-11-30.reports-1";

    private final ArticleReader reader = new ArticleReader();
    private final MeetingExtractor extractor;
    private final Linker linker;
    private final MeetingMapper mapper = new MeetingMapper();

    public Pipeline(Gazetteer gazetteer) {
        this(new RuleBasedExtractor(gazetteer), new GazetteerLinker(gazetteer));
    }

    public Pipeline(MeetingExtractor extractor, Linker linker) {
        this.extractor = extractor;
        this.linker = linker;
    }

    public ArticleResult process(Path file) throws ArticleException, ExtractionException {
        return process(reader.read(file));
    }

    public ArticleResult process(Article article) throws ExtractionException {
        List<Meeting> meetings = extractor.extract(article);
        List<LinkedMeeting> linked = meetings.stream().map(linker::link).toList();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        mapper.map(article, linked, StreamRDFLib.graph(g));
        return new ArticleResult(article, linked, g);
    }

    /** Converts every file; failures are collected with their messages, never thrown. */
    public Batch run(List<Path> files, Progress progress) {
        List<ArticleResult> ok = new ArrayList<>();
        List<ArticleFailure> bad = new ArrayList<>();
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        int done = 0;
        for (Path f : files) {
            try {
                Article article = reader.read(f);
                Path first = seen.putIfAbsent(article.id(), f);
                if (first != null) {
                    throw new ArticleException(f, "article identifier '" + article.id() + "' is already used by " + first
                            + "; rename one of them");
                }
                ok.add(process(article));
            } catch (ArticleException e) {
                bad.add(new ArticleFailure(f, e.getMessage()));
            } catch (ExtractionException e) {
                bad.add(new ArticleFailure(f, f + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                bad.add(new ArticleFailure(f, f + ": internal error while converting: " + e));
            }
            progress.step(++done, files.size(), f.getFileName().toString());
        }
        return new Batch(ok, bad);
    }
}
