package org.abs2bib.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    static Vocabulary parse(String text, Vocabulary base) throws Exception {
        return Vocabulary.parse(new StringReader(text), "my.tsv", base);
    }

    static Vocabulary parse(String text) throws Exception {
        return parse(text, Vocabulary.empty());
    }

    @Test
    void theShippedVocabularyLoadsWithParentsThatExist() {
        Vocabulary v = Vocabulary.defaults();
        assertThat(v.topics()).containsKeys("in-context learning", "LoRA", "retrieval-augmented generation");
        assertThat(v.path("LoRA")).containsExactly("fine-tuning", "parameter-efficient fine-tuning", "LoRA");
    }

    @Test
    void aUserFileExtendsTheDefaultsAndMayNestUnderThem() throws Exception {
        Vocabulary v = parse("# mine\nDoRA\tDoRA|weight-decomposed low-rank adaptation\tLoRA\n", Vocabulary.defaults());
        assertThat(v.topics()).containsKeys("DoRA", "LoRA", "prompting");
        assertThat(v.path("DoRA")).endsWith("LoRA", "DoRA");
    }

    @Test
    void aUserFileCanReplaceTheDefaults() throws Exception {
        Vocabulary v = parse("\uFEFFgraphs\tgraph|graphs\n\nproteins\tprotein|proteins\n");
        assertThat(v.topics().keySet()).containsExactly("graphs", "proteins");
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() {
        assertThatThrownBy(() -> parse("a\ta\n\nonly one column\n"))
                .isInstanceOf(VocabularyException.class)
                .hasMessage("my.tsv:3: expected 2 or 3 tab-separated columns (tag, aliases, parent), found 1; "
                        + "separate columns with a tab, aliases with |");
        assertThatThrownBy(() -> parse("x\tx\tnowhere\n")).hasMessageStartingWith("my.tsv:1: parent \"nowhere\"");
        assertThatThrownBy(() -> parse("a\ta\na\tb\n")).hasMessageStartingWith("my.tsv:2: tag \"a\" is defined twice");
        assertThatThrownBy(() -> parse("a, b\ta\n")).hasMessageContaining("contains , ; or >");
        assertThatThrownBy(() -> parse("a\t | \n")).hasMessageContaining("has no alias");
        assertThatThrownBy(() -> parse("a\ta\tb\nb\tb\ta\n")).hasMessageContaining("is its own ancestor");
    }

    @Test
    void matcherNormalisesCasePluralsAndHyphens() throws Exception {
        TopicMatcher m = new TopicMatcher(parse("fine-tuning\tfine-tuning|fine tuning\n"
                + "LLMs\tlarge language model|LLM\n"));
        assertThat(m.find("We study Fine Tuning of large language models (LLMs).").keySet())
                .extracting(Topic::tag).containsExactlyInAnyOrder("fine-tuning", "LLMs");
        assertThat(m.find("fine-tunings").keySet()).extracting(Topic::tag).containsExactly("fine-tuning");
        assertThat(m.find("refine tuning-free").keySet()).isEmpty(); // word boundaries
    }

    @Test
    void acronymsAreCaseSensitive() throws Exception {
        TopicMatcher m = new TopicMatcher(parse("LoRA\tLoRA|low-rank adaptation\n"));
        assertThat(m.find("we use LoRA")).hasSize(1);
        assertThat(m.find("long range (lora) radio")).isEmpty();
    }

    @Test
    void shortAcronymsNeedTheirLongFormOrADefinition() throws Exception {
        TopicMatcher m = new TopicMatcher(parse("reinforcement learning\treinforcement learning|RL\n"));
        assertThat(m.find("An RL method for robots.")).isEmpty();
        assertThat(m.find("Reinforcement learning (RL) trains agents; RL is costly.")).containsValue(3);
        assertThat(m.find("We use RL for robots. RL (RL) is defined here.")).isNotEmpty();
    }

    @Test
    void tagSourcesParse() {
        assertThat(TagSource.parse("vocab, phrases")).containsExactlyInAnyOrder(TagSource.VOCAB, TagSource.PHRASES);
        assertThat(TagSource.parse("none")).isEmpty();
        assertThatThrownBy(() -> TagSource.parse("vocab,topics")).hasMessageContaining("unknown tag source \"topics\"");
    }

    @Test
    void categoriesHaveReadableNames() {
        assertThat(ArxivCategories.name("cs.CL")).isEqualTo("Computation and Language");
        assertThat(ArxivCategories.name("68T50")).isEqualTo("68T50");
        assertThat(List.of("cs.LG", "stat.ML")).allMatch(ArxivCategories::isKnown);
    }
}
