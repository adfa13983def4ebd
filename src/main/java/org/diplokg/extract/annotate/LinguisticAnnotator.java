package org.diplokg.extract.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.lang.Lexicon;

/**
 * Tokens and parts of speech (Universal Dependencies) of every sentence, from Apache OpenNLP's
 * English UD models (Maven Central artifacts {@code opennlp-models-*-en}), and the stems of verbs
 * and nouns from OpenNLP's Porter stemmer, which rules match as lemmas. The models
 * are read once per process from the class path; the taggers, which are not thread-safe, once
 * per thread.
 */
public final class LinguisticAnnotator implements Annotator {
    private static final class Models {
        static final TokenizerModel TOKENS;
        static final POSModel POS;

        static {
            TOKENS = read("tokens", TokenizerModel::new);
            POS = read("pos", POSModel::new);
        }

        private interface Reader<M> {
            M read(InputStream in) throws IOException;
        }

        private static <M> M read(String kind, Reader<M> reader) {
            for (Lexicon.Row r : Lexicon.table("en/models.tsv", 2)) {
                if (!r.cell(0).equals(kind)) continue;
                try (InputStream in = LinguisticAnnotator.class.getResourceAsStream("/" + r.cell(1))) {
                    if (in == null) throw r.error("model " + r.cell(1) + " is not on the class path");
                    return reader.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(r.cell(1) + ": " + e.getMessage(), e);
                }
            }
            throw new IllegalStateException("/lang/en/models.tsv: no row for the " + kind + " model");
        }
    }

    private record Taggers(TokenizerME tokens, POSTaggerME pos, PorterStemmer stems) {
    }

    private static final ThreadLocal<Taggers> TAGGERS = ThreadLocal.withInitial(() -> new Taggers(
            new TokenizerME(Models.TOKENS), new POSTaggerME(Models.POS, POSTagFormat.UD), new PorterStemmer()));

    /** Universal Dependencies classes whose words are reduced to their stem. */
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
        doc.put(TextLayers.WORDS, new Words(doc.get(TextLayers.SENTENCES), span -> words(a.text(), span)));
    }

    /** The words of one stretch of text. */
    public static List<Word> words(String text, TextSpan span) {
        Taggers t = TAGGERS.get();
        String s = text.substring(span.begin(), span.end());
        Span[] spans = t.tokens().tokenizePos(s);
        String[] toks = Span.spansToStrings(spans, s);
        String[] tags = t.pos().tag(toks);
        // verbs and nouns are reduced to their stem ("visited" -> "visit", "trips" -> "trip"); the UD
        // lemmatizer model gave true lemmas but cost 85% of this layer and more than the whole
        // extractor did before (measured with bench on the dev corpus), so it is not used
        String[] lemmas = new String[toks.length];
        for (int i = 0; i < toks.length; i++) {
            if (INFLECTED.contains(tags[i])) lemmas[i] = t.stems().stem(toks[i].toLowerCase(java.util.Locale.ROOT)).toString();
        }
        List<Word> out = new ArrayList<>(toks.length);
        for (int i = 0; i < toks.length; i++) {
            String lemma = lemmas[i] == null ? toks[i].toLowerCase(java.util.Locale.ROOT) : lemmas[i];
            out.add(new Word(new TextSpan(span.begin() + spans[i].getStart(), span.begin() + spans[i].getEnd()), toks[i], tags[i], lemma));
        }
        return List.copyOf(out);
    }
}
