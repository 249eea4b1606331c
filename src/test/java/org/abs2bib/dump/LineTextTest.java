package org.abs2bib.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small text rules of the record reader, case by case: titles, hyphens, TeX accents, identifiers. */
class LineTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. QLoRA: Efficient Finetuning|QLoRA: Efficient Finetuning",
        "[PDF] Attention Is All You Need|Attention Is All You Need",
        "[HTML][HTML] Deep Residual Learning|Deep Residual Learning",
        "## Scaling Laws for Neural Language Models|Scaling Laws for Neural Language Models",
        "- [Language hooks: a modular framework](https://arxiv.org/abs/2411.05121)|Language hooks: a modular framework",
        "**Bold Title** ([arXiv](https://arxiv.org/pdf/2305.14314v2))|Bold Title",
        "\u201CQuoted Title\u201D|Quoted Title",
        "\"Why Should I Trust You?\": Explaining|\"Why Should I Trust You?\": Explaining",
        "Title: Glued Label Title|Glued Label Title",
        "A Title (edited)|A Title",
        "- [ ] Unchecked Task Title|Unchecked Task Title"})
    void titlesLoseWhatSurroundsThem(String line, String title) {
        assertThat(TitleText.clean(line)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "extends the lan-|guage model|extends the language model",
        "a fine-|tuning approach|a fine-tuning approach",
        "state-of-the-|art results|state-of-the-art results",
        "span-|and PMI-based masking|span- and PMI-based masking",
        "Position Interpo-|lation preserves|Position Interpolation preserves",
        "ends a sentence.|Next one starts|ends a sentence. Next one starts",
        "a hyphen before a capital -|Word|a hyphen before a capital - Word"})
    void hardWrappedLinesJoinAsWords(String first, String second, String joined) {
        StringBuilder text = new StringBuilder(first);
        Hyphenation.join(text, second);
        assertThat(text.toString()).isEqualTo(joined);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Michal \\v{S}tef\\'anik|Michal Štefánik",
        "Jo\\~ao Alves|João Alves",
        "Tobias H\\\"ubner|Tobias Hübner",
        "Ivan Vuli\\'c|Ivan Vulić",
        "{\\'E}douard Grave|Édouard Grave",
        "Fran\\c{c}ois Yvon|François Yvon",
        "J\\\"{o}rg Tiedemann|Jörg Tiedemann",
        "Stefan Sch{\\\"o}n|Stefan Schön",
        "S{\\o}ren Hauberg|Søren Hauberg",
        "Plain Name|Plain Name"})
    void texAccentsInNamesBecomeLetters(String tex, String name) {
        assertThat(TexAccents.decode(tex)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arXiv:2305.14314v2 [cs.LG]|2305.14314||",
        "https://arxiv.org/pdf/2305.14314v1.pdf|2305.14314||",
        "arxiv.org/abs/hep-th/9901001|hep-th/9901001||",
        "H Jin, X Han - arXiv preprint arXiv:2401.01325, 2024|2401.01325||",
        "DOI: 10.1038/s42256-024-00832-8.|||10.1038/s42256-024-00832-8",
        "https://doi.org/10.48550/arXiv.2305.14314|2305.14314||",
        "PMID: 38799228|38799228||"})
    void identifiersAreFoundInEveryForm(String line, String arxivOrPmid, String unused, String doi) {
        Ids ids = Ids.in(line);
        if (line.startsWith("PMID")) {
            assertThat(ids.pmid()).isEqualTo(arxivOrPmid);
        } else {
            assertThat(ids.arxiv()).isEqualTo(arxivOrPmid == null ? "" : arxivOrPmid);
        }
        assertThat(ids.doi()).isEqualTo(doi == null ? "" : doi);
    }
}
