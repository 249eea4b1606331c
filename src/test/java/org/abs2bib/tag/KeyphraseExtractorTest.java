package org.abs2bib.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.abs2bib.tag.KeyphraseExtractor.Candidate;
import org.abs2bib.tag.KeyphraseExtractor.Doc;
import org.abs2bib.tag.KeyphraseExtractor.Form;
import org.abs2bib.tag.KeyphraseExtractor.Scoring;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
    private static final String TITLE = "Sparse LoRA-Tuned Recurrent Neural Networks for Speech Recognition";
    private static final String TEXT = "We train recurrent neural networks with a sparse low-rank update. The speech "
            + "recognition results show that simple models and recurrent neural networks differ on noisy speech.";

    /** The form features a candidate's score reads, by its stem key in the one paper analysed. */
    private static Candidate candidate(Doc doc, String words) {
        for (Candidate c : doc.candidates.values()) {
            if (c.surface.equalsIgnoreCase(words)) {
                return c;
            }
        }
        throw new AssertionError("no candidate \"" + words + "\" in " + doc.candidates.keySet());
    }

    /** The phrases found in one paper, as first spelled, before any corpus statistics. */
    private static List<String> candidates(String title, String text) {
        Doc doc = new KeyphraseExtractor(Scoring.DEFAULT).analyze(title, text);
        return doc.candidates.values().stream().map(c -> c.surface).toList();
    }

    @Test
    void theFormSaysWhatTheWordsAre() {
        KeyphraseExtractor x = new KeyphraseExtractor(Scoring.DEFAULT);
        Doc doc = x.analyze(TITLE, TEXT);
        int network = candidate(doc, "recurrent neural networks").form;
        assertThat(Form.adjectives(network)).isEqualTo(2);
        assertThat(Form.opensWithAdjective(network)).isTrue();
        assertThat(Form.capital(network)).isFalse();
        assertThat(Form.hyphen(network)).isFalse();
        assertThat(Form.shape(network)).isEqualTo(List.of("AN", "NN", "ANN", "NNN", "AAN").indexOf("AAN"));

        int speech = candidate(doc, "speech recognition").form;
        assertThat(Form.adjectives(speech)).isZero();
        assertThat(Form.opensWithAdjective(speech)).isFalse();
        assertThat(Form.shape(speech)).isEqualTo(1); // "NN"

        int lora = candidate(doc, "sparse LoRA-Tuned recurrent neural networks").form;
        assertThat(Form.capital(lora)).as("LoRA keeps its capitals").isTrue();
        assertThat(Form.hyphen(lora)).isTrue();
        assertThat(Form.shape(lora)).as("no feature for a five-word shape").isEqualTo(-1);
    }

    @Test
    void aPaperReadBackFromTheSecondPassScoresExactlyAsAnalysed() throws IOException {
        KeyphraseExtractor x = new KeyphraseExtractor(Scoring.DEFAULT);
        Doc doc = x.analyze(TITLE, TEXT);
        x.count(doc);
        x.count(x.analyze("Speech recognition with sparse models", "Noisy speech recognition by simple models."));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        x.writeDoc(doc, new DataOutputStream(bytes));
        Doc back = x.readDoc(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(back.candidates.keySet()).containsExactlyElementsOf(doc.candidates.keySet());
        for (Candidate c : doc.candidates.values()) {
            Candidate r = back.candidates.get(c.key);
            assertThat(r.form).as(c.key).isEqualTo(c.form);
            assertThat(x.features(back, r)).as(c.key).containsExactly(x.features(doc, c));
        }
        assertThat(x.top(back, 5)).isEqualTo(x.top(doc, 5));
    }

    @Test
    void aVerbAfterAPluralSubjectIsNotPartOfThePhrase() {
        List<String> surfaces = candidates("Sparse models",
                "Our findings reveal that sparse models win. We release datasets "
                + "spanning many domains for signal processing.");
        assertThat(surfaces).contains("findings", "datasets", "signal processing")
                .doesNotContain("findings reveal", "datasets spanning");
    }

    @Test
    void aHyphenatedWordIsTaggedAsItsLastPart() {
        // the model took words it had not seen whole for punctuation, which split the phrase around them
        List<String> surfaces = candidates("Design tools",
                "A framework for human-centered computing systems on nano-scaled "
                + "devices, with a fine-grained image captioning model.");
        assertThat(surfaces).contains("nano-scaled devices", "fine-grained image captioning model");
        assertThat(KeyphraseExtractor.Token.taggedAs("human-centered")).isEqualTo("centered");
        assertThat(KeyphraseExtractor.Token.taggedAs("GPT-4")).isEqualTo("GPT-4");
        assertThat(KeyphraseExtractor.Token.taggedAs("trade-off")).as("a particle says nothing").isEqualTo("trade-off");
    }

    @Test
    void aGerundClosingACompoundIsItsHeadNoun() {
        List<String> surfaces = candidates("Filters",
                "Networks for web content filtering, and support for kidney allocation "
                + "decision making.");
        assertThat(surfaces).contains("web content filtering", "kidney allocation decision making");
    }

    @Test
    void aGenericNounOpeningACompoundStaysInIt() {
        List<String> surfaces = candidates("Toward Sparse Prefixes",
                "We study model merging and task vectors. The model is "
                + "new; a novel pipeline helps.");
        assertThat(surfaces).contains("model merging", "task vectors", "sparse prefixes", "pipeline")
                .doesNotContain("model", "novel pipeline", "toward sparse prefixes");
    }

    @Test
    void aVariableNameEndingAPhraseIsCutNotThePhrase() {
        List<String> surfaces = candidates("Curves", "A planar algebraic curve C has a cross-correlation matrix W.");
        assertThat(surfaces).contains("planar algebraic curve", "cross-correlation matrix");
    }

    @Test
    void aGerundAfterAPrepositionTakesAnObjectOutsideThePhrase() {
        List<String> surfaces = candidates("Training multilayer perceptrons on distributed systems",
                "The network improves by using "
                + "telecardiology with experts. We present a novel benchmark consisting of graphs. We compute "
                + "the corresponding eigenvalues.");
        assertThat(surfaces).contains("telecardiology", "multilayer perceptrons", "distributed systems", "benchmark",
                        "corresponding eigenvalues")
                .doesNotContain("using telecardiology", "benchmark consisting", "training multilayer perceptrons");
    }

    @Test
    void theLearnedRankingPutsTheTopicAboveAGenericAdjectivePhrase() {
        KeyphraseExtractor x = new KeyphraseExtractor(Scoring.DEFAULT);
        Doc doc = x.analyze(TITLE, TEXT);
        x.count(doc);
        List<String> ranked = x.top(doc, Integer.MAX_VALUE, false).stream().map(KeyphraseExtractor.Phrase::text)
                .toList();
        assertThat(ranked).contains("simple models", "speech recognition");
        assertThat(ranked.indexOf("speech recognition")).isLessThan(ranked.indexOf("simple models"));
    }
}
