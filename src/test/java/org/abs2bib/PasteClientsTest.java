package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.dump.Dump;
import org.abs2bib.testing.BibtexDocument;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.ExternalTool.Run;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.PasteCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What abs2bib writes for every paste of the corpus (journal articles from PubMed, DOIs, PubMed ids, names from
 * every source) is read by biber and bibtex without a warning, and typesets. Skipped where a program is missing,
 * failed instead when abs2bib.requireTools is set (CI).
 */
class PasteClientsTest {
    static Abs2Bib bibtex;
    static Conversion conversion;

    @TempDir
    Path dir;

    @BeforeAll
    static void convert() throws Exception {
        bibtex = new Abs2Bib(Options.DEFAULT);
        List<Dump> dumps = new ArrayList<>();
        for (Path p : PasteCorpus.pastes(Golden.projectDir().resolve("src/test/resources/pastes"))) {
            try (InputStream in = Files.newInputStream(p)) {
                dumps.add(Abs2Bib.read(in, p.getParent().getFileName() + "/" + p.getFileName()));
            }
        }
        conversion = bibtex.convert(dumps);
        // 168 papers, many of them in several pastes (merged: 96 entries)
        assertThat(conversion.references()).hasSizeGreaterThan(90);
    }

    private String write(Abs2Bib abs2bib) throws Exception {
        StringWriter out = new StringWriter();
        abs2bib.write(conversion, out);
        return out.toString();
    }

    @Test
    void biberReadsTheBibLaTeXWithoutWarningsBeyondMissingDates() throws Exception {
        Path biber = ExternalTool.require("biber");
        Abs2Bib biblatex = new Abs2Bib(Options.BIBLATEX);
        Files.writeString(dir.resolve("pastes.bib"), write(biblatex), StandardCharsets.UTF_8);
        Run run = ExternalTool.run(dir, biber.toString(), "--tool", "--validate-datamodel", "--output-file",
                "checked.bib", "pastes.bib");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output().lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")))
                .allMatch(l -> l.contains("Missing mandatory field - one of 'date, year' must be defined"));
    }

    @Test
    void bibtexCitesEveryEntryWithoutWarningAndPdflatexTypesetsIt() throws Exception {
        Files.writeString(dir.resolve("pastes.bib"), write(bibtex), StandardCharsets.UTF_8);
        BibtexDocument doc = BibtexDocument.cite(dir, "pastes", "unsrt", "");
        assertThat(doc.blg()).doesNotContain("Warning--", "error message", "I was expecting");
        assertThat(doc.bbl().split("\\\\bibitem", -1)).hasSize(conversion.references().size() + 1);
        BibtexDocument.typesets(dir);
    }
}
