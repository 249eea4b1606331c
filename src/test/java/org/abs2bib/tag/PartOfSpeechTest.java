package org.abs2bib.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/**
 * {@link PartOfSpeech} evaluates OpenNLP's model itself; here OpenNLP's own feature generator and model, decoded
 * the same greedy way, are the reference, and every token must get the same tag.
 */
class PartOfSpeechTest {
    /** OpenNLP's way: its context generator builds the feature strings, its model scores them. */
    static String[] reference(String[] tokens) throws IOException {
        POSModel model;
        try (var in = PartOfSpeech.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = REFERENCE == null ? new POSModel(in) : REFERENCE;
        }
        REFERENCE = model;
        MaxentModel maxent = model.getArtifact("pos.model");
        POSContextGenerator contexts = model.getFactory().getPOSContextGenerator();
        String[] tags = new String[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            double[] p = maxent.eval(contexts.getContext(k, tokens, tags, null));
            int best = 0;
            for (int o = 1; o < p.length; o++) {
                if (p[o] > p[best]) {
                    best = o;
                }
            }
            tags[k] = maxent.getOutcome(best);
        }
        return tags;
    }

    private static POSModel REFERENCE;

    @Test
    void sameTagsAsOpenNlpOnEveryLineOfTheSampleAndTheHostileCorpus() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("bib/trending-papers.txt")));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
            for (Path f : files.sorted().toList()) {
                // undecodable bytes become U+FFFD: odd tokens are welcome here
                lines.addAll(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList());
            }
        }
        PartOfSpeech fast = new PartOfSpeech();
        int tokens = 0;
        for (String line : lines) {
            String[] t = KeyphraseExtractor.tokens(line);
            assertThat(fast.tag(t)).as(line).containsExactly(reference(t));
            tokens += t.length;
        }
        assertThat(tokens).isGreaterThan(50_000);
    }

    @Property(tries = 300)
    void sameTagsAsOpenNlpOnAnyTokens(@ForAll("sentences") List<String> tokens) throws IOException {
        String[] t = tokens.toArray(new String[0]);
        assertThat(new PartOfSpeech().tag(t)).containsExactly(reference(t));
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.of("the", "a", "model", "models", "we", "propose", "learning", "LLMs", "GPT-4", "is",
                        "of", "to", "and", "retrieval-augmented", "Transformer", "1.5", "2023", ",", ".", "(", ")",
                        "İstanbul", "ﬁne", "x", "I", "U.S.", "3/4", "10,000", "can't"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("aAzZ09-./,ーカひ漢").ofMinLength(1).ofMaxLength(6));
        return words.list().ofMinSize(1).ofMaxSize(25);
    }

    /** The tokenizer's rule, as a regular expression; {@link KeyphraseExtractor#tokens} is written out for speed. */
    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    @Property(tries = 2000)
    void tokensFollowTheRule(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            expected.add(m.group());
        }
        assertThat(KeyphraseExtractor.tokens(text)).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab Z9-'’.,()\t\n\u00A0\u2003²½Ⅻé中\uD835\uDC00\uD800").ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(30));
    }
}
