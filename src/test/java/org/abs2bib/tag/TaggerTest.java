package org.abs2bib.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {
    static final String LORA = "We adapt large models with LoRA, a low-rank adaptation method, and study fine-tuning.";
    static final String ICL = "We study in-context learning with demonstrations and compare it with fine-tuning.";
    static final String RAG = "We study retrieval-augmented generation over long documents.";

    static Tagger.Input paper(String title, String text) {
        return new Tagger.Input(title, text, List.of());
    }

    @Test
    void aTagOnMostOfALargeDumpIsDroppedUnlessTheTitleNamesIt() {
        List<Tagger.Input> papers = new ArrayList<>();
        for (int k = 0; k < 30; k++) { // a third each: LoRA, ICL, RAG; fine-tuning is on two thirds
            papers.add(paper("Paper " + k, List.of(LORA, ICL, RAG).get(k % 3)));
        }
        papers.add(paper("Fine-Tuning Is All You Need", "We study fine-tuning once more, at scale."));
        TagOptions vocabOnly = TagOptions.DEFAULT.withSources(EnumSet.of(TagSource.VOCAB));
        List<List<String>> tags = new Tagger(vocabOnly).tag(papers);
        assertThat(tags.get(0)).contains("LoRA").doesNotContain("fine-tuning");
        assertThat(tags.get(1)).contains("in-context learning").doesNotContain("fine-tuning");
        assertThat(tags.get(30)).containsExactly("fine-tuning");
    }

    @Test
    void smallDumpsKeepEveryTag() {
        List<List<String>> tags = new Tagger(TagOptions.DEFAULT.withSources(EnumSet.of(TagSource.VOCAB)))
                .tag(List.of(paper("A", LORA), paper("B", LORA)));
        assertThat(tags.get(0)).contains("fine-tuning", "LoRA");
    }

    @Test
    void hierarchyWritesParentsForJabrefGroups() {
        TagOptions o = TagOptions.DEFAULT.withSources(EnumSet.of(TagSource.VOCAB)).withHierarchy(true);
        assertThat(new Tagger(o).tag(List.of(paper("LoRA for all", LORA))).get(0))
                .contains("fine-tuning > parameter-efficient fine-tuning > LoRA");
    }

    @Test
    void capAndCategories() {
        TagOptions o = TagOptions.DEFAULT.withMaxTags(2);
        List<String> tags = new Tagger(o).tag(List.of(new Tagger.Input("LoRA at scale", LORA, List.of("cs.CL"))))
                .get(0);
        assertThat(tags).hasSize(2);
        TagOptions categoriesOnly = TagOptions.DEFAULT.withSources(EnumSet.of(TagSource.ARXIV));
        assertThat(new Tagger(categoriesOnly).tag(List.of(new Tagger.Input("x", "y", List.of("cs.CL")))).get(0))
                .containsExactly("Computation and Language");
    }

    @Test
    void keyphrasesNeverRepeatWhatTheVocabularyCoversAndHoldNoSeparator() {
        List<Tagger.Input> papers = List.of(paper("SuperNet: Graph Rewiring for Message Passing",
                "We propose SuperNet, a graph rewiring scheme for message passing networks. Graph rewiring, "
                        + "unlike fine-tuning, changes the message passing structure; SuperNet improves accuracy."));
        List<String> tags = new Tagger(TagOptions.DEFAULT).tag(papers).get(0);
        assertThat(tags).contains("fine-tuning").containsAnyOf("message passing", "graph rewiring scheme", "SuperNet");
        assertThat(tags).noneMatch(t -> t.contains(",") || t.contains(";"));
        assertThat(tags.stream().filter(t -> t.toLowerCase().contains("fine-tuning"))).containsOnly("fine-tuning");
    }
}
