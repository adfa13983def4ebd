package org.diplokg.extract.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.diplokg.article.Article;
import org.diplokg.article.TextSpan;
import org.diplokg.extract.rules.Lexicon;

/**
 * Tokens, parts of speech (Universal Dependencies) and lemmas of every sentence, from Apache
 * OpenNLP's English UD models (Maven Central artifacts {@code opennlp-models-*-en}). The models
 * are read once per process from the class path; the taggers, which are not thread-safe, once
 * per thread.
 */
public final class LinguisticAnnotator implements Annotator {
    private static final class Models {
        static final TokenizerModel TOKENS;
        static final POSModel POS;
        static final LemmatizerModel LEMMAS;

        static {
            try {
                TOKENS = new TokenizerModel(stream("tokens"));
                POS = new POSModel(stream("pos"));
                LEMMAS = new LemmatizerModel(stream("lemmas"));
            } catch (IOException e) {
                throw new UncheckedIOException("OpenNLP model: " + e.getMessage(), e);
            }
        }

        private static InputStream stream(String kind) {
            for (Lexicon.Row r : Lexicon.table("en/models.tsv", 2)) {
                if (r.cell(0).equals(kind)) {
                    InputStream in = LinguisticAnnotator.class.getResourceAsStream("/" + r.cell(1));
                    if (in == null) throw r.error("model " + r.cell(1) + " is not on the class path");
                    return in;
                }
            }
            throw new IllegalStateException("/lang/en/models.tsv: no row for the " + kind + " model");
        }
    }

    private record Taggers(TokenizerME tokens, POSTaggerME pos, LemmatizerME lemmas) {
    }

    private static final ThreadLocal<Taggers> TAGGERS = ThreadLocal.withInitial(() -> new Taggers(
            new TokenizerME(Models.TOKENS), new POSTaggerME(Models.POS, POSTagFormat.UD), new LemmatizerME(Models.LEMMAS)));

    /** Universal Dependencies classes whose words are lemmatized by the model. */
    private static final java.util.Set<String> INFLECTED = java.util.Set.of("VERB", "NOUN", "AUX");

    @Override
    public String name() {
        return "linguistic";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(TextLayers.WORDS);
    }

    @Override
    public void annotate(Document doc) {
        Article a = doc.article();
        List<List<Word>> out = new ArrayList<>();
        for (Sentence s : doc.get(TextLayers.SENTENCES)) out.add(words(a.text(), s.span()));
        doc.put(TextLayers.WORDS, List.copyOf(out));
    }

    /** The words of one stretch of text. */
    public static List<Word> words(String text, TextSpan span) {
        Taggers t = TAGGERS.get();
        String s = text.substring(span.begin(), span.end());
        Span[] spans = t.tokens().tokenizePos(s);
        String[] toks = Span.spansToStrings(spans, s);
        String[] tags = t.pos().tag(toks);
        // the statistical lemmatizer costs most of this layer: it runs on the inflected classes only
        // (verbs and nouns, as one sequence); other words are their own lemma in lower case
        List<Integer> inflected = new ArrayList<>();
        for (int i = 0; i < toks.length; i++) {
            if (INFLECTED.contains(tags[i])) inflected.add(i);
        }
        String[] it = new String[inflected.size()];
        String[] ig = new String[inflected.size()];
        for (int k = 0; k < it.length; k++) {
            it[k] = toks[inflected.get(k)];
            ig[k] = tags[inflected.get(k)];
        }
        String[] il = it.length == 0 ? new String[0] : t.lemmas().lemmatize(it, ig);
        String[] lemmas = new String[toks.length];
        for (int k = 0; k < il.length; k++) lemmas[inflected.get(k)] = il[k];
        List<Word> out = new ArrayList<>(toks.length);
        for (int i = 0; i < toks.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? toks[i].toLowerCase(java.util.Locale.ROOT) : lemmas[i];
            out.add(new Word(new TextSpan(span.begin() + spans[i].getStart(), span.begin() + spans[i].getEnd()), toks[i], tags[i], lemma));
        }
        return List.copyOf(out);
    }
}
