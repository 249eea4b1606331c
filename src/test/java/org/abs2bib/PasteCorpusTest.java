package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.dump.DumpException;
import org.abs2bib.testing.Convert;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.PasteCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of pastes in their sources' real layouts (arXiv listings and pages, feed readers, Hugging Face, Scholar
 * alerts, OpenReview, proceedings, PubMed, Markdown notes, mail, chat, Word, spreadsheets, PDFs): every paper found
 * with its title, abstract, authors and identifiers exactly as expected, no entry that is not a paper, and the .bib
 * beside each paste as the golden output. {@code bench/PasteBenchmark} prints the same comparison as figures.
 */
class PasteCorpusTest {
    static List<Path> pastes() throws IOException {
        return PasteCorpus.pastes(Golden.projectDir().resolve("src/test/resources/pastes"));
    }

    @ParameterizedTest
    @MethodSource("pastes")
    void everyPaperOfThePasteIsReadExactly(Path paste) throws IOException {
        PasteCorpus.Score score = PasteCorpus.score(paste);
        assertThat(score.misses()).as("what %s got wrong", paste.getFileName()).isEmpty();
        assertThat(score.perfect()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pastes")
    void pasteGivesItsGoldenBib(Path paste) throws IOException, DumpException {
        String name = paste.getFileName().toString();
        Path golden = paste.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".bib");
        Golden.assertMatches(golden, Convert.bibtex(paste, Options.DEFAULT));
    }
}
