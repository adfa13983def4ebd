package org.diplokg.lang.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Word;
import org.junit.jupiter.api.Test;

class TokenPatternTest {
    private static TokenPattern p(String src) {
        return TokenPattern.compile("t", src, "test:1");
    }

    private static String found(String pattern, String text) {
        TokenSeq ts = TokenSeq.of(text);
        Match m = p(pattern).find(ts);
        return m == null ? null : text.substring(m.begin(), m.charEnd());
    }

    @Test
    void tokensAreWordRunsAndSingleSymbolsWithGlue() {
        TokenSeq ts = TokenSeq.of("a pull-aside, Xi's  2+2");
        assertEquals(List.of("a", "pull", "-", "aside", ",", "Xi", "'", "s", "2", "+", "2"),
                java.util.stream.IntStream.range(0, ts.size()).mapToObj(i -> ts.get(i).text()).toList());
        assertFalse(ts.get(1).glued());
        assertTrue(ts.get(2).glued());
        assertTrue(ts.get(4).glued());
        assertFalse(ts.get(5).glued());
    }

    @Test
    void wordsMatchWholeTokensIgnoringCase() {
        assertEquals("Met", found("met | meet", "They Met today"));
        assertNull(found("met", "the metropolis"));
        assertEquals("pull-aside", found("pull-aside", "a pull-aside meeting"));
        assertNull(found("pull-aside", "pull - aside"));
        assertEquals("May", found("\"May\"", "may or May"));
        assertEquals("won’t", found("won't", "he won’t come"), "the typographic apostrophe is the typewriter one");
        assertEquals("he’ll", found("he ~'ll", "he’ll meet"));
    }

    @Test
    void alternativesPreferTheFirstAsARegularExpressionDoes() {
        assertEquals("meet", found("meet | meet up", "they meet up"));
        assertEquals("meet up", found("meet up | meet", "they meet up"));
        assertEquals("called on", found("talks | called on | call", "he called on Xi"));
    }

    @Test
    void repetitionIsGreedyOrLazyAndBounded() {
        assertEquals("a b b b", found("a b*", "a b b b"));
        assertEquals("a", found("a b*?", "a b b b"));
        assertEquals("a b b", found("a b{1,2}", "a b b b"));
        assertEquals("x y z with", found("x _{0,3}? with", "x y z with w"));
        assertNull(found("x _{0,1} with", "x y z with"));
    }

    @Test
    void anchorsLookAroundsAndNegation() {
        assertEquals("was", found("(was | were) $", "he was"));
        assertNull(found("(was | were) $", "he was received"));
        assertEquals("\"If", found("^ /\\W/* (if | unless)", "\"If we can"));
        assertNull(found("^ (if | unless)", "we can if"));
        assertEquals("to", found("(?<! (set | due)) to (?! (the | a))", "set to go; due to a; able to do"));
        assertEquals("round", found("round (?! of (the)? (election | elections))", "round of the election; a new round"));
        assertEquals("according to X Y,", found("according to (!,)+ ,", "according to X Y, we"));
        assertEquals("we'll", found("_ ~'ll", "we 'll go and we'll see"));
    }

    @Test
    void groupsAndRegexTestsOverOneToken() {
        TokenSeq ts = TokenSeq.of("on July 11th, 2025 they met");
        Match m = p("(?$m July | June) (?$d /\\d{1,2}(st|nd|rd|th)?/) ,? (?$y /\\d{4}/)").find(ts);
        assertNotNull(m);
        assertEquals(new TextSpan(3, 7), m.group("m"));
        assertEquals(new TextSpan(8, 12), m.group("d"));
        assertEquals(new TextSpan(14, 18), m.group("y"));
        assertEquals("Tánaiste", found("/\\p{Lu}.*/c", "the Tánaiste"));
    }

    @Test
    void lemmaAndPartOfSpeechFromTheLinguisticLayer() {
        List<Word> words = List.of(new Word(new TextSpan(0, 2), "We", "PRON", "we"),
                new Word(new TextSpan(3, 6), "met", "VERB", "met"), new Word(new TextSpan(7, 12), "today", "NOUN", "today"));
        TokenSeq ts = TokenSeq.of(words, 12);
        assertNotNull(p("[pos=PRON] [pos=VERB & lemma=met]").find(ts));
        assertNull(p("[pos=NOUN] [pos=VERB]").find(ts));
    }

    @Test
    void badPatternsAreNamedByWhereTheyCameFrom() {
        assertEquals("f.rules:3: missing ')' at column 5 of: (a b", assertThrows(PatternException.class,
                () -> TokenPattern.compile("t", "(a b", "f.rules:3")).getMessage());
        assertTrue(assertThrows(PatternException.class, () -> p("(?! a+) b")).getMessage().contains("bounded width"));
        assertTrue(assertThrows(PatternException.class, () -> p("a{1,500}")).getMessage().contains("repetition above"));
        assertTrue(assertThrows(PatternException.class, () -> p("! (a b)")).getMessage().contains("one token"));
        assertTrue(assertThrows(PatternException.class, () -> p("/(/")).getMessage().contains("bad regular expression"));
        assertTrue(assertThrows(PatternException.class, () -> p("[colour=red]")).getMessage().contains("unknown token attribute"));
        assertTrue(assertThrows(PatternException.class, () -> p("@nothing")).getMessage().contains("no pattern named"));
        assertTrue(assertThrows(PatternException.class, () -> p("/(a+)*b/")).getMessage().contains("without bound"));
        assertTrue(assertThrows(PatternException.class, () -> p("/((x|a*)b)+/")).getMessage().contains("without bound"));
        assertNotNull(p("/(st|nd)?\\d+[a*]+/"));
        assertTrue(assertThrows(PatternException.class, () -> p("a !")).getMessage().contains("ends where a token was expected"));
        assertTrue(assertThrows(PatternException.class, () -> p("a )")).getMessage().contains("unexpected ')'"));
        assertTrue(assertThrows(PatternException.class, () -> p("(?$ a)")).getMessage().contains("group without a name"));
    }

    @Test
    void patternFilesReportFileAndLine() {
        PatternException e = assertThrows(PatternException.class, () -> PatternFile.parse("/lang/xx/t.rules",
                List.of("# c", "a = met | meet", "b = @a (", "  with"), l -> List.of()));
        assertTrue(e.getMessage().startsWith("/lang/xx/t.rules:3: missing ')'"), e.getMessage());
        assertTrue(assertThrows(PatternException.class, () -> PatternFile.parse("/lang/xx/t.rules",
                List.of("a = x", "a = y"), l -> List.of())).getMessage().startsWith("/lang/xx/t.rules:2: pattern 'a' defined twice"));
        assertTrue(assertThrows(PatternException.class, () -> PatternFile.parse("/lang/xx/t.rules",
                List.of("  x"), l -> List.of())).getMessage().startsWith("/lang/xx/t.rules:1: continuation"));
        PatternFile f = PatternFile.parse("/lang/xx/t.rules", List.of("a = met | meet", "b = @a {w}", "  with"),
                l -> Map.of("w", List.of("up", "up close")).get(l));
        assertEquals("met up close with", found(f.get("b"), "they met up close with"));
        assertThrows(PatternException.class, () -> f.get("c"));
    }

    private static String found(TokenPattern p, String text) {
        Match m = p.find(TokenSeq.of(text));
        return m == null ? null : text.substring(m.begin(), m.charEnd());
    }

    /** Not a timing test: the steps of the automaton grow linearly with the tokens where backtracking would explode. */
    @Test
    void searchTakesStepsLinearInTheTokens() {
        TokenPattern nested = p("(a? ){20} a{20} b | (_* _*)* c");
        double perToken = 0;
        for (int n : new int[] {100, 200, 400, 800}) {
            TokenSeq ts = TokenSeq.of("a ".repeat(n));
            long steps = nested.steps(ts);
            assertTrue(steps <= 3L * (n + 1) * nested.size(), n + " tokens took " + steps + " steps");
            double ratio = (double) steps / (n + 1);
            if (perToken > 0) assertTrue(ratio <= 1.1 * perToken, "not linear: " + perToken + " then " + ratio + " steps a token");
            else perToken = ratio;
        }
        TokenPattern look = p("(?<! x _{0,5}) a (?! _{0,5} z)");
        long s1 = look.steps(TokenSeq.of("a ".repeat(200)));
        long s2 = look.steps(TokenSeq.of("a ".repeat(400)));
        assertTrue(s2 <= 2 * s1 + 100, s1 + " then " + s2);
    }

    @Test
    void theStartIndexFindsWhatTryingEveryPositionFinds() throws java.io.IOException {
        List<TokenSeq> seqs = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/corpus/real/dev/articles"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().limit(25).toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    if (line.isBlank()) continue;
                    seqs.add(TokenSeq.of(line));
                    if (seqs.size() % 10 == 0) {
                        seqs.add(TokenSeq.of(org.diplokg.extract.annotate.LinguisticAnnotator.words(line, new TextSpan(0, line.length())), line.length()));
                    }
                }
            }
        }
        int patterns = 0;
        long matches = 0;
        for (String file : List.of("actors", "boilerplate", "clauses", "dates", "frames", "gatherings", "status", "triggers", "window")) {
            for (TokenPattern indexed : org.diplokg.lang.LangPatterns.load("en", file + ".rules").file().all().values()) {
                TokenPattern every = indexed.withoutStartIndex();
                patterns++;
                for (TokenSeq ts : seqs) {
                    assertEquals(every.test(ts), indexed.test(ts), indexed.name());
                    Match a = every.find(ts, 0);
                    Match b = indexed.find(ts, 0);
                    while (a != null) {
                        assertEquals(a, b, indexed.name());
                        matches++;
                        a = every.find(ts, Math.max(a.end(), a.start() + 1));
                        b = indexed.find(ts, Math.max(b.end(), b.start() + 1));
                    }
                    assertNull(b, indexed.name());
                    for (int at = 0; at <= ts.size(); at += 3) assertEquals(every.matchAt(ts, at), indexed.matchAt(ts, at), indexed.name());
                }
            }
        }
        assertTrue(patterns > 100, "patterns: " + patterns);
        assertTrue(matches > 1000, "matches: " + matches);
    }

    @Test
    void wordTestsAreIndexedAsTheirLowerCaseWords() {
        assertEquals(new TokenTest.Lower(java.util.Set.of("met")), TokenTest.text("Met"));
        TokenSeq ts = TokenSeq.of("They MET and met");
        TokenPattern met = p("met | talks");
        assertEquals(1, met.find(ts).start());
        assertEquals(3, met.find(ts, 2).start());
        assertNull(met.find(ts, 4));
        assertEquals(1, p("(?<= they) met").find(ts).start());
        assertNull(p("(?<= they) met").find(ts, 2));
    }

    @Test
    void recentTextsGiveTheTokensOfACut() {
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 40; k++) {
                String text = "talks " + k + " in Rome, " + "x".repeat(k % 5);
                TokenSeq ts = TokenSeq.of(text);
                TokenSeq fresh = TokenSeq.of(new StringBuilder(text)); // not a String: always cut afresh
                assertEquals(fresh.size(), ts.size());
                assertEquals(text.length(), ts.length());
                for (int t = 0; t < ts.size(); t++) assertEquals(fresh.get(t), ts.get(t));
            }
        }
        assertEquals("Rome", TokenSeq.of("talks 3 in Rome, xxx").get(3).text());
    }

    @Test
    void literalRegexTestsAnswerAsTheRegexDoes() {
        List<String> texts = List.of("while", "While", "WHILE", "whiles", "whil", "but", "BUT", "yet", "WHİLE", "İ", "ſo",
                "\u212Aelvin", "but\u0301", "whereas", "Whereas", "x", "", "-", "thoUGH", "ﬁ");
        for (String re : List.of("while|whereas|though|but|yet", "so|kelvin|i", "but")) {
            for (int flags : new int[] {0, java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE}) {
                java.util.regex.Pattern p = java.util.regex.Pattern.compile(re, flags);
                TokenTest fast = TokenTest.regex(p);
                for (String text : texts) {
                    Token t = new Token(text, text.toLowerCase(java.util.Locale.ROOT), 0, text.length(), false, false, null, null, java.util.Set.of());
                    assertEquals(p.matcher(text).matches(), fast.test(t), re + " " + flags + " " + text);
                }
            }
        }
    }
}
