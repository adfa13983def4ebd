package org.diplokg.extract.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
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
    static final class Models {
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

    /** The taggers of one thread, with the cuts the tokenizer made in each white-space-delimited chunk it has seen. */
    private record Taggers(TokenizerME tokens, POSTaggerME pos, PorterStemmer stems, Map<String, int[]> cuts) {
    }

    private static final ThreadLocal<Taggers> TAGGERS = ThreadLocal.withInitial(() -> new Taggers(
            new TokenizerME(Models.TOKENS), new POSTaggerME(Models.POS, POSTagFormat.UD), new PorterStemmer(), new HashMap<>()));

    /** Most chunks whose cuts a thread keeps; past that it forgets them all and starts again, so memory stays bounded. */
    static final int MAX_CHUNKS = 50_000;

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
        String text = doc.article().text();
        doc.put(TextLayers.WORDS, new Words(doc.get(TextLayers.SENTENCES), new Words.Tagger() {
            @Override
            public List<TextSpan> tokens(TextSpan sentence) {
                return LinguisticAnnotator.tokens(text, sentence);
            }

            @Override
            public List<Word> tag(TextSpan sentence, List<TextSpan> tokens) {
                return LinguisticAnnotator.tag(text, tokens);
            }

            @Override
            public String lemma(TextSpan token, String pos) {
                return LinguisticAnnotator.lemma(text.substring(token.begin(), token.end()), pos);
            }
        }));
    }

    /** The words of one stretch of text. */
    public static List<Word> words(String text, TextSpan span) {
        return tag(text, tokens(text, span));
    }

    /**
     * The tokens of one stretch of text, offsets into {@code text}: the same as OpenNLP's
     * {@code TokenizerME.tokenizePos} of the stretch. That tokenizer cuts the text at white space
     * and then decides the cuts inside each chunk from the chunk alone, so the cuts of a chunk are
     * kept and reused: most chunks ("the", "talks", "said.") come again and again.
     */
    static List<TextSpan> tokens(String text, TextSpan span) {
        Taggers t = TAGGERS.get();
        String s = text.substring(span.begin(), span.end());
        List<TextSpan> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(s)) {
            int b = span.begin() + chunk.getStart();
            if (chunk.length() < 2) {
                out.add(new TextSpan(b, b + chunk.length()));
                continue;
            }
            String c = s.substring(chunk.getStart(), chunk.getEnd());
            int[] cuts = t.cuts().get(c);
            if (cuts == null) {
                cuts = cuts(t.tokens().tokenizePos(c));
                if (t.cuts().size() >= MAX_CHUNKS) t.cuts().clear();
                t.cuts().put(c, cuts);
            }
            for (int k = 0; k < cuts.length; k += 2) out.add(new TextSpan(b + cuts[k], b + cuts[k + 1]));
        }
        return out;
    }

    private static int[] cuts(Span[] tokens) {
        int[] out = new int[2 * tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            out[2 * k] = tokens[k].getStart();
            out[2 * k + 1] = tokens[k].getEnd();
        }
        return out;
    }

    /** Parts of speech and lemmas of {@code tokens}, the tokens of one sentence of {@code text}. */
    static List<Word> tag(String text, List<TextSpan> tokens) {
        String[] toks = new String[tokens.size()];
        for (int i = 0; i < toks.length; i++) toks[i] = text.substring(tokens.get(i).begin(), tokens.get(i).end());
        String[] tags = TAGGERS.get().pos().tag(toks);
        List<Word> out = new ArrayList<>(toks.length);
        for (int i = 0; i < toks.length; i++) out.add(new Word(tokens.get(i), toks[i], tags[i], lemma(toks[i], tags[i])));
        return List.copyOf(out);
    }

    /**
     * The lemma of a token tagged {@code pos}: verbs and nouns are reduced to their stem ("visited" -> "visit", "trips" ->
     * "trip"), other words are lower-cased. The UD lemmatizer model gave true lemmas but cost 85% of this layer and more
     * than the whole extractor did before (measured with bench on the dev corpus), so it is not used.
     */
    static String lemma(String token, String pos) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        return INFLECTED.contains(pos) ? TAGGERS.get().stems().stem(lower).toString() : lower;
    }
}
