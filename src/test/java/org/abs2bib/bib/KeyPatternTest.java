package org.abs2bib.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPatternTest {
    static final String ATTENTION = "Attention Is All You Need";

    @Test
    void defaultGivesGoogleScholarStyle() {
        assertThat(KeyPattern.parse(KeyPattern.DEFAULT).apply(List.of("Vaswani", "Shazeer"), "2017", ATTENTION))
                .isEqualTo("vaswani2017attention");
    }

    @Test
    void familyNamesAreTransliteratedToAscii() {
        assertThat(KeyPattern.parse("[auth:lower][year]").apply(List.of("Rücklé"), "2020", ATTENTION))
                .isEqualTo("ruckle2020");
        assertThat(KeyPattern.parse("[auth][year]").apply(List.of("Søgaard"), "2021", "x")).isEqualTo("Sogaard2021");
    }

    @Test
    void withoutAuthorsTheTitleNamesThePaper() {
        KeyPattern p = KeyPattern.parse(KeyPattern.DEFAULT_WITHOUT_AUTHORS);
        assertThat(p.apply(List.of(), "", "AutoFlow: Automated Workflow Generation")).isEqualTo("autoflow");
        assertThat(p.apply(List.of(), "", "Few-Shot Bot: Prompt-Based Learning")).isEqualTo("fewshotbot");
        assertThat(p.apply(List.of(), "", "Language Models for Text Classification: Is ICL Enough?"))
                .isEqualTo("languagemodelstext");
        assertThat(p.apply(List.of(), "", "日本語のタイトル")).isEqualTo("paper");
    }

    @Test
    void jabrefFieldsAndModifiers() {
        List<String> three = List.of("Smith", "Jones", "Lee");
        assertThat(KeyPattern.parse("[authEtAl][year]").apply(three, "2020", ATTENTION)).isEqualTo("SmithEtAl2020");
        assertThat(KeyPattern.parse("[authEtAl]").apply(three.subList(0, 2), "", ATTENTION)).isEqualTo("SmithJones");
        assertThat(KeyPattern.parse("[shorttitle]").apply(three, "", ATTENTION)).isEqualTo("AttentionAllYou");
        assertThat(KeyPattern.parse("[camel:upper]").apply(three, "", "a b")).isEqualTo("AB");
        assertThat(KeyPattern.parse("[auth:lower]_[year]").apply(three, "2020", ATTENTION)).isEqualTo("smith_2020");
    }

    @Test
    void badPatternsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> KeyPattern.parse("[authors]")).hasMessageContaining("unknown key pattern field");
        assertThatThrownBy(() -> KeyPattern.parse("[auth:title]")).hasMessageContaining("unknown key pattern modifier");
        assertThatThrownBy(() -> KeyPattern.parse("key")).hasMessageContaining("has no [field]");
        assertThatThrownBy(() -> KeyPattern.parse("[auth] [year]")).hasMessageContaining("cannot hold");
    }

    @Test
    void clashesGetSuffixesInInputOrder() {
        KeyRegistry keys = new KeyRegistry();
        assertThat(keys.claim("smith2020")).isEqualTo("smith2020");
        assertThat(keys.claim("Smith2020")).isEqualTo("Smith2020a"); // BibTeX compares keys case-insensitively
        assertThat(keys.claim("smith2020")).isEqualTo("smith2020b");
        assertThat(KeyRegistry.suffix(25)).isEqualTo("z");
        assertThat(KeyRegistry.suffix(26)).isEqualTo("aa");
        assertThat(KeyRegistry.suffix(27)).isEqualTo("ab");
    }

    @Test
    void namesSplitIntoFamilyAndGiven() {
        assertThat(Name.parse("Ashish Vaswani")).isEqualTo(new Name("Vaswani", "Ashish"));
        assertThat(Name.parse("Vaswani, Ashish")).isEqualTo(new Name("Vaswani", "Ashish"));
        assertThat(Name.parse("Ludwig van Beethoven").bibtex()).isEqualTo("van Beethoven, Ludwig");
        assertThat(Name.parse("Ludwig van Beethoven").familyForKey()).isEqualTo("Beethoven");
        assertThat(Name.parse("Plato").bibtex()).isEqualTo("Plato");
    }

    @Test
    void arxivIdsGiveTheYearOfVersionOne() {
        assertThat(ArxivIds.year("1706.03762")).isEqualTo("2017");
        assertThat(ArxivIds.year("cond-mat/0603029")).isEqualTo("2006");
        assertThat(ArxivIds.year("hep-th/9901001")).isEqualTo("1999");
        assertThat(ArxivIds.year("not an id")).isEmpty();
        assertThat(ArxivIds.doi("1706.03762")).isEqualTo("10.48550/arXiv.1706.03762");
    }
}
