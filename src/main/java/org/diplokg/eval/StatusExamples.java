package org.diplokg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.diplokg.article.Article;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.ExtractionException;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.RuleBasedExtractor;
import org.diplokg.extract.annotate.LinguisticAnnotator;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.status.StatusContext;
import org.diplokg.extract.status.StatusCrossValidation;
import org.diplokg.extract.status.StatusDecider;
import org.diplokg.extract.status.StatusFeatures;

/**
 * Labelled status contexts from a gold corpus: for each gold meeting, the context the extractor
 * reads where the meeting's {@code evidence} stands in the text, with the gold status as label.
 * The extractor runs on each article with a decider that records what it is asked; the first
 * recorded window that overlaps the evidence is the meeting's context, so the model learns from
 * what it will be shown in extraction. Where the extractor decided nothing there (it found no
 * meeting word), the evidence itself is the window, the clause and the sentence.
 */
public final class StatusExamples {
    /** How a gold meeting's context was found: from the extractor, from its evidence alone, or not at all. */
    public enum Source { RECORDED, EVIDENCE, UNLOCATED }

    /** One gold meeting's labelled context ({@code context} and {@code rule} are null when unlocated). */
    public record Labelled(String article, String meeting, MeetingStatus gold, MeetingStatus rule, StatusContext context,
                           String[] features, Source source) {
        public StatusCrossValidation.Case asCase() {
            return new StatusCrossValidation.Case(article, features, gold, rule);
        }
    }

    private StatusExamples() {
    }

    /** The gold meetings of {@code goldDir} with known statuses, over the articles among {@code articleFiles}. */
    public static List<Labelled> collect(Path goldDir, List<Path> articleFiles, Gazetteer gazetteer)
            throws IOException, ArticleException, ExtractionException {
        Map<String, List<ScoredMeeting>> gold = new TreeMap<>();
        for (ScoredMeeting m : GoldReader.readFolder(goldDir, new ArrayList<>())) {
            gold.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
        }
        Recorder recorder = new Recorder();
        RuleBasedExtractor extractor = new RuleBasedExtractor(gazetteer, recorder);
        ArticleReader reader = new ArticleReader();
        List<Labelled> out = new ArrayList<>();
        for (Path f : articleFiles) {
            Article a = reader.read(f);
            List<ScoredMeeting> ms = gold.get(a.id());
            if (ms == null || ms.isEmpty()) continue;
            recorder.seen.clear();
            extractor.extract(a);
            for (ScoredMeeting m : ms) out.add(label(a, m, recorder.seen));
        }
        return out;
    }

    private static Labelled label(Article a, ScoredMeeting m, List<Decided> seen) {
        MeetingStatus gold = MeetingStatus.fromLabel(m.status());
        Optional<TextSpan> ev = Evidence.locate(a.text(), m.evidence());
        if (ev.isEmpty()) return new Labelled(a.id(), m.id(), gold, null, null, null, Source.UNLOCATED);
        TextSpan at = ev.get();
        for (Decided d : seen) {
            if (d.context().at().begin() < at.end() && at.begin() < d.context().at().end()) {
                return new Labelled(a.id(), m.id(), gold, d.status(), d.context(),
                        StatusFeatures.of(d.context(), d.status()), Source.RECORDED);
            }
        }
        String said = a.cover(at);
        StatusContext c = new StatusContext(at, said, said, said, paragraph(a, at), a.title(), a.published(),
                () -> LinguisticAnnotator.words(a.text(), at));
        MeetingStatus rule = StatusDecider.RULES.decide(c);
        return new Labelled(a.id(), m.id(), gold, rule, c, StatusFeatures.of(c, rule), Source.EVIDENCE);
    }

    /** The line the evidence starts in. */
    private static String paragraph(Article a, TextSpan at) {
        for (TextSpan line : a.content()) {
            if (line.begin() <= at.begin() && at.begin() < line.end()) return a.cover(line);
        }
        return a.cover(at);
    }

    private record Decided(StatusContext context, MeetingStatus status) {
    }

    /** The rule, remembering every context it was asked about. */
    private static final class Recorder implements StatusDecider {
        final List<Decided> seen = new ArrayList<>();

        @Override
        public MeetingStatus decide(StatusContext c) {
            MeetingStatus s = StatusDecider.RULES.decide(c);
            seen.add(new Decided(c, s));
            return s;
        }

        @Override
        public String name() {
            return "recording";
        }
    }
}
