package org.abs2bib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.abs2bib.dump.DumpException;
import org.abs2bib.testing.Convert;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each dump shape users paste, as a realistic dump beside the .bib abs2bib must make of it (JabRef's importer tests
 * work the same way). Regenerate with {@code -Dabs2bib.regenerate=true} and read the diff.
 */
class GoldenFileTest {
    static Stream<String> variants() {
        return Stream.of("blocks", "wrapped", "crlf", "bom", "numbered", "bulleted", "labelled", "arxiv-mailing",
                "last-title-without-abstract", "pasted-twice");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void dumpVariantGivesItsExpectedBib(String name) throws IOException, DumpException {
        Path dir = Golden.projectDir().resolve("src/test/resources/dumps");
        Golden.assertMatches(dir.resolve(name + ".bib"), Convert.bibtex(dir.resolve(name + ".txt"), Options.DEFAULT));
    }

    /**
     * The same dumps in the two other formats: BibLaTeX ({@code .biblatex.bib}) and CSL-JSON ({@code .json}), so a
     * change to either writer shows as a diff on every dump shape, not only on the sample.
     */
    @ParameterizedTest
    @MethodSource("variants")
    void dumpVariantGivesItsExpectedBiblatexAndCslJson(String name) throws IOException, DumpException {
        Path dir = Golden.projectDir().resolve("src/test/resources/dumps");
        Golden.assertMatches(dir.resolve(name + ".biblatex.bib"),
                Convert.bibtex(dir.resolve(name + ".txt"), Options.BIBLATEX));
        Golden.assertMatches(dir.resolve(name + ".json"), Convert.bibtex(dir.resolve(name + ".txt"), Options.CSL_JSON));
    }

    /** bib/ holds the bundled example and what the tool makes of it; this keeps the committed output current. */
    @Test
    void bundledExampleIsCurrent() throws IOException, DumpException {
        Path bib = Golden.projectDir().resolve("bib");
        Golden.assertMatches(bib.resolve("trending-papers.bib"),
                Convert.bibtex(bib.resolve("trending-papers.txt"), Options.DEFAULT));
    }
}
