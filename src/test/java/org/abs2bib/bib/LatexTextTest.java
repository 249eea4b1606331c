package org.abs2bib.bib;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {
    /** Body text that needs no pass is returned as it is, in all three forms, exactly as the full pass writes it. */
    @Property(tries = 3000)
    void theShortCutForInertTextWritesWhatTheFullPassWrites(@ForAll("asciiText") String text) {
        for (LatexText latex : new LatexText[] {new LatexText(false), new LatexText(true)}) {
            assertThat(latex.text(text)).isEqualTo(latex.fullPass(text));
        }
    }

    @Provide
    Arbitrary<String> asciiText() {
        Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '~').withChars("\u00E9\u2013\t").ofMaxLength(3);
        Arbitrary<String> words = Arbitraries.of("we", "LLM", "3", " ", ". ", "-", "--", "(x)", "'", "\"", ",");
        return Arbitraries.oneOf(any, words).list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    final LatexText utf8 = new LatexText(false);
    final LatexText ascii = new LatexText(true);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "50% & more #1 $5 a_b        | 50\\% \\& more \\#1 \\$5 a\\_b",
        "x^2 ~ back\\ slash          | x\\textasciicircum{}2 \\textasciitilde{} back\\textbackslash{} slash",
        "a < b > c                   | a \\textless{} b \\textgreater{} c",
        "7.35\\% better              | 7.35\\% better",
        "see \\textit{this} now      | see \\textit{this} now",
        "(\\eg text)                 | (e.g. text)",
        "\\ours, an approach         | \\textbackslash{}ours, an approach",
        "e.g.~RoBERTa                | e.g. RoBERTa",
        "about ~4% more              | about \\textasciitilde{}4\\% more",
        "theta={10000}^{-2n/d}       | theta=\\{10000\\}\\textasciicircum{}\\{-2n/d\\}",
        "Optimization} (ICO)         | Optimization\\textbraceright{} (ICO)",
        "open { only                 | open \\textbraceleft{} only",
        "\\{a\\} b\\}                | \\{a\\} b\\textbraceright{}",
        "$O(n^2)$ time               | $O(n^2)$ time",
        "$\\ours$ cost               | \\$\\textbackslash{}ours\\$ cost",
        "costs $5 and $6             | costs \\$5 and \\$6",
    })
    void escapesTextAndKeepsArxivLatexThatTypesets(String source, String latex) {
        assertThat(utf8.text(source).latex()).isEqualTo(latex);
    }

    @Test
    void aVerticalBarIsText() {
        assertThat(utf8.text("a | b").latex()).isEqualTo("a \\textbar{} b");
    }

    @Test
    void plainTextIsWhatTheFieldReadsAs() {
        assertThat(utf8.text("7.35\\% and \\textit{x} \\eg y").plain()).isEqualTo("7.35% and x e.g. y");
        assertThat(utf8.text("Optimization} (ICO)").plain()).isEqualTo("Optimization} (ICO)");
        assertThat(utf8.text("\\ours").plain()).isEqualTo("\\ours");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Scaling Laws of RoPE-based Extrapolation        | Scaling Laws of {RoPE}-based Extrapolation",
        "SelfPiCo: Partial Code Execution with LLMs      | {SelfPiCo}: Partial Code Execution with {LLM}s",
        "Reasoning with GPT-4 and BERT                   | Reasoning with {GPT}-4 and {BERT}",
        "Few-Shot Bot: Prompt-Based Learning             | Few-Shot Bot: Prompt-Based Learning",
        "E^2VPT: Visual Prompt Tuning                    | {E\\textasciicircum{}2VPT}: Visual Prompt Tuning",
        "Llama-3.1-8B in practice                        | Llama-3.1-8{B} in practice",
    })
    void titlesProtectCapitalsWordByWord(String title, String latex) {
        assertThat(utf8.title(title).latex()).isEqualTo(latex);
    }

    @Test
    void utf8StaysUnlessAsciiIsAskedFor() {
        assertThat(utf8.text("Rücklé, Vulić, Søgaard, Weiß").latex()).isEqualTo("Rücklé, Vulić, Søgaard, Weiß");
        assertThat(ascii.text("Rücklé, Vulić, Søgaard, Weiß").latex())
                .isEqualTo("R{\\\"u}ckl{\\'e}, Vuli{\\'c}, S{\\o}gaard, Wei{\\ss}");
        assertThat(ascii.text("naïve – “quoted”").latex()).isEqualTo("na{\\\"\\i}ve -- ``quoted''");
        assertThat(ascii.title("Über BERTology").latex()).isEqualTo("{\\\"U}ber {BERTology}");
    }

    @Test
    void pairsFollowBibtexBraceCounting() {
        int[] p = LatexText.pairs("a{b\\}c}");
        assertThat(p[1]).isEqualTo(4); // BibTeX pairs the escaped brace too
        assertThat(p[6]).isEqualTo(-1);
    }

    @Property(tries = 2000)
    void plainIsWhatTheFullPassGivesForTitlesAndText(@ForAll("texts") String s) {
        LatexText l = new LatexText(false);
        assertThat(l.plain(s)).isEqualTo(l.text(s).plain()).isEqualTo(l.title(s).plain());
    }

    @Provide
    Arbitrary<String> texts() {
        // everyday text (where the shortcut applies), LaTeX specials, and characters that normalisation changes
        // on their own or in pairs: Hangul jamo, a compatibility ideograph, combining marks, ligatures
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
                Arbitraries.strings().withChars("ab AZ09.,;:'\"()-éüЖ中\\$~{}^_%&#\u1100\u1161\uF900\u0301\uFB01\u00A0\u200B\t")
                        .ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    @Test
    void plainOfEverydayTextIsTheTextItself() {
        String s = "Low-Rank Adaptation (LoRA) of Large Language Models: 2x faster, 3.5% better; see Zürich's \"best\".";
        assertThat(new LatexText(false).plain(s)).isSameAs(s);
    }

    @Test
    void languagesEponymsAndThePronounIKeepTheirCapitalsInSentenceCaseStyles() {
        assertThat(utf8.title("Topic Classification of German Web Data").latex())
                .isEqualTo("Topic Classification of {German} Web Data");
        assertThat(utf8.title("I Think, Therefore I Diffuse").latex()).isEqualTo("{I} Think, Therefore {I} Diffuse");
        assertThat(utf8.title("Bayesian Optimization with Gaussian Processes").latex())
                .isEqualTo("{Bayesian} Optimization with {Gaussian} Processes");
        assertThat(utf8.title("Scaling Laws for Transformers in Context").latex())
                .as("capitalised common words follow the style").isEqualTo("Scaling Laws for Transformers in Context");
        assertThat(utf8.title("Chinese Novels").csl()).isEqualTo("<span class=\"nocase\">Chinese</span> novels");
        assertThat(utf8.title("Fine-Tuning Qwen2 and Llama3 for 3D Scenes").latex())
                .as("a capital beside a digit is a model's name").isEqualTo(
                        "Fine-Tuning {Qwen2} and {Llama3} for 3{D} Scenes");
        assertThat(utf8.title("Qwen2.5-1M Technical Report").latex())
                .as("pandoc drops a protection that opens with a digit").isEqualTo("{Qwen2}.5-1{M} Technical Report");
    }

    /** CSL stores titles in sentence case; pandoc reads the .bib's unprotected words that way, so the two agree. */
    @Test
    void cslTitlesAreInSentenceCaseKeepingWhatTheLatexProtects() {
        assertThat(utf8.title("Many-Shot In-Context Learning: A Study of What Works").csl())
                .isEqualTo("Many-shot in-context learning: A study of what works");
        assertThat(utf8.title("I Think, Therefore I Diffuse").csl()).isEqualTo(
                "<span class=\"nocase\">I</span> think, therefore <span class=\"nocase\">I</span> diffuse");
        assertThat(utf8.title("word2vec Meets LLMs. Then What? Everything").csl())
                .as("a lower-case first word with a digit is a name; a sentence inside a title opens with a capital")
                .isEqualTo("<span class=\"nocase\">word2vec</span> meets <span class=\"nocase\">LLMs</span>. Then what? "
                        + "Everything");
        assertThat(utf8.title("scaling Laws \\textit{For} Transformers").csl())
                .as("the first word is capitalised; formatting does not restart the sentence")
                .isEqualTo("Scaling laws for transformers");
        assertThat(utf8.text("Body Text Keeps Its Case").csl()).isEqualTo("Body Text Keeps Its Case");
    }

    /** Names sentence case would break by their place, not their shape: lone capitals, O'Brien, a lower-case start. */
    @Test
    void loneCapitalsApostropheNamesAndALowerCaseStartKeepTheirCase() {
        assertThat(utf8.title("The U.S. Labor Market and A/B Testing With Vitamin D").latex())
                .isEqualTo("The {U}.{S}. Labor Market and {A}/{B} Testing With Vitamin {D}");
        assertThat(utf8.title("A Study of X-Ray Images for Plan B").csl()).as("the article A is a word like others")
                .isEqualTo("A study of <span class=\"nocase\">X</span>-ray images for plan <span class=\"nocase\">B</span>");
        assertThat(utf8.title("Learning From O'Brien's Data").latex()).isEqualTo("Learning From {O}'{Brien}'s Data");
        assertThat(utf8.title("Don't Stop Pretraining").csl()).isEqualTo("Don't stop pretraining");
        assertThat(utf8.title("t-SNE Revisited").latex()).isEqualTo("{t}-{SNE} Revisited");
        assertThat(utf8.title("Sorting in 2^N Steps").latex()).as("a group opening with a backslash is one character")
                .isEqualTo("Sorting in 2\\textasciicircum{}{N} Steps");
        assertThat(utf8.title("gpt-oss-120b Model Card").csl())
                .isEqualTo("<span class=\"nocase\">gpt</span>-oss-120b model card");
        assertThat(utf8.title("attention is all you need").csl()).as("a lower-case title is not a name")
                .isEqualTo("Attention is all you need");
    }

    @Test
    void texDashesReachCslAsTheDashesTheyTypeset() {
        LatexText.Encoded e = utf8.title("Scaling -- A Study --- Again");
        assertThat(e.latex()).isEqualTo("Scaling -- A Study --- Again");
        assertThat(e.csl()).isEqualTo("Scaling \u2013 a study \u2014 again");
        assertThat(e.plain()).as("keys and tags read the hyphens").isEqualTo("Scaling -- A Study --- Again");
        assertThat(utf8.text("pre-training").csl()).isEqualTo("pre-training");
    }
}
