package org.abs2bib.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link TextShape#collapse}: one line of NFC text, with a short cut for text that cannot need composing. */
class TextShapeTest {
    @Property(tries = 2000)
    void textBelowTheFirstCombiningMarkIsAlreadyComposed(@ForAll("belowCombiningMarks") String text) {
        // the premise of collapse's short cut: if it failed, a string the short cut passes would need composing
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Property(tries = 2000)
    void collapsedTextIsComposedWhateverItHolds(@ForAll("withCombiningMarks") String text) {
        String collapsed = TextShape.collapse(text);
        assertThat(collapsed).isEqualTo(Normalizer.normalize(collapsed, Normalizer.Form.NFC));
    }

    /**
     * The short cut for a regular ASCII prefix gives what the full loop gives: a leading NUL (invisible, dropped)
     * sends the same text through the loop from its first character.
     */
    @Property(tries = 3000)
    void theRegularPrefixShortCutChangesNothing(@ForAll("mostlyRegular") String text) {
        assertThat(TextShape.collapse(text)).isEqualTo(TextShape.collapse("\u0000" + text));
    }

    @Test
    void regularAsciiTextIsReturnedAsItIs() {
        String text = "We study retrieval (at scale): 3 models, 2 datasets.";
        assertThat(TextShape.collapse(text)).isSameAs(text);
        assertThat(TextShape.collapse(" a  b\tc ")).isEqualTo("a b c");
    }

    @Test
    void aLetterAndItsCombiningAccentBecomeOneCharacter() {
        assertThat(TextShape.collapse("Caf\u0065\u0301  au\u00A0lait")).isEqualTo("Caf\u00E9 au\u00A0lait");
        assertThat(TextShape.collapse("\u212B ngstr\u00F6m")).as("a singleton above U+0300 too").isEqualTo(
                "\u00C5 ngstr\u00F6m");
    }

    @Provide
    Arbitrary<String> belowCombiningMarks() {
        return Arbitraries.strings().withCharRange('\u0000', (char) (TextShape.FIRST_NOT_SURELY_NFC - 1))
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> mostlyRegular() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.strings().withCharRange('a', 'c').withChars(" .").ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(" ", "  ", "\t", "\n", "\u00A0", "\u200B", "\u0085", "\u2003",
                        "\u00E9", "e\u0301", "\u0000", "\u007F", "~", "!")))
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> withCombiningMarks() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u00C0', '\u017F')
                .withCharRange('\u0300', '\u036F').withChars(" \u00A0\u212B\u0340\u1E9B").ofMaxLength(30);
    }
}
