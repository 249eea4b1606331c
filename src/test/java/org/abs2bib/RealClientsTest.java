package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.testing.BibtexDocument;
import org.abs2bib.testing.Convert;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.ExternalTool.Run;
import org.abs2bib.testing.Golden;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The programs that will read our output read it: biber in tool mode, BibTeX on a LaTeX document that cites every
 * entry, pdflatex typesetting every title and abstract, pandoc with citeproc. Skipped where a program is missing,
 * failed instead when abs2bib.requireTools is set (CI).
 */
class RealClientsTest {
    static final int PAPERS = 234;
    static String bib;
    static List<BibTeXEntry> entries;

    @TempDir
    Path dir;

    @BeforeAll
    static void convert() throws Exception {
        Path sample = Golden.projectDir().resolve("bib/trending-papers.txt");
        bib = Convert.bibtex(sample, Options.DEFAULT);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        entries = new ArrayList<>(db.getEntries().values());
        assertThat(entries).hasSize(PAPERS);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void biberToolModeReportsNoErrorOrWarning() throws Exception {
        Path biber = ExternalTool.require("biber");
        write("trending.bib", bib);
        Run run = ExternalTool.run(dir, biber.toString(), "--tool", "--output-file", "checked.bib", "trending.bib");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("WARN", "ERROR");
        assertThat(Files.readString(dir.resolve("checked.bib")).split("(?i)@misc\\{", -1)).hasSize(PAPERS + 1);
    }

    /**
     * biblatex's data model wants a date on every entry. Without a lookup the dump gives none and abs2bib invents
     * none, so that is the one warning allowed, and only for entries that have no year.
     */
    @Test
    void biberDataModelMissesOnlyTheYearsTheDumpDidNotGive() throws Exception {
        Path biber = ExternalTool.require("biber");
        write("trending.bib", bib);
        Run run = ExternalTool.run(dir, biber.toString(), "--tool", "--validate-datamodel", "--output-file",
                "checked.bib", "trending.bib");
        assertThat(run.exit()).as(run.output()).isZero();
        List<String> warnings = run.output().lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList();
        long withoutYear = entries.stream().filter(e -> e.getField(BibTeXEntry.KEY_YEAR) == null).count();
        assertThat(warnings).hasSize((int) withoutYear)
                .allMatch(l -> l.contains("Missing mandatory field - one of 'date, year' must be defined"));
    }

    @Test
    void bibtexBuildsADocumentCitingEveryEntryWithoutWarning() throws Exception {
        write("trending.bib", bib);
        BibtexDocument doc = BibtexDocument.cite(dir, "trending", "unsrt", "");
        assertThat(doc.blg()).doesNotContain("Warning--", "error message", "I was expecting");
        assertThat(doc.bbl().split("\\\\bibitem", -1)).hasSize(PAPERS + 1);
        BibtexDocument.typesets(dir);
    }

    /**
     * Entries without authors carry BibTeX's {@code key}, so the styles that sort and label by author (plain, alpha,
     * plainnat) neither warn ("to sort, need author or key") nor label a citation "[aut]": it reads "[AutoFlow]".
     */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "alpha", "plainnat"})
    void stylesThatSortByAuthorNeitherWarnNorLabelWithFragments(String style) throws Exception {
        write("trending.bib", bib);
        BibtexDocument doc = BibtexDocument.cite(dir, "trending", style,
                style.equals("plainnat") ? "\\usepackage{natbib}\n" : "");
        String blg = doc.blg();
        String bbl = doc.bbl();
        // plainnat also wants a year, which a dump without a lookup does not give and abs2bib does not invent
        assertThat(blg.lines().filter(l -> l.startsWith("Warning--")))
                .allMatch(l -> style.equals("plainnat") && l.startsWith("Warning--empty year in "));
        assertThat(blg).doesNotContain("need author or key");
        if (style.equals("plainnat")) {
            assertThat(bbl).contains("\\bibitem[AutoFlow(").doesNotContain("\\bibitem[{aut}", "\\bibitem[aut");
        }
        if (style.equals("alpha")) {
            assertThat(bbl).contains("\\bibitem[Aut");
        }
    }

    /** Styles rarely print abstracts, so typeset every title and abstract directly: none may raise an error. */
    @Test
    void everyTitleAndAbstractTypesetsWithoutError() throws Exception {
        Path pdflatex = ExternalTool.require("pdflatex");
        StringBuilder tex = new StringBuilder("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage[T1]{fontenc}\n\\begin{document}\n");
        for (BibTeXEntry e : entries) {
            tex.append("\\section*{").append(e.getField(BibTeXEntry.KEY_TITLE).toUserString()).append("}\n")
                    .append(e.getField(new Key("abstract")).toUserString()).append("\n\n");
        }
        tex.append("\\end{document}\n");
        write("typeset.tex", tex.toString());
        Run run = ExternalTool.run(dir, pdflatex.toString(), "-interaction=nonstopmode", "-halt-on-error",
                "typeset.tex");
        String log = Files.readString(dir.resolve("typeset.log"), StandardCharsets.ISO_8859_1);
        assertThat(run.exit()).as(log).isZero();
        assertThat(log).doesNotContain("! Undefined control sequence", "! Missing", "! LaTeX Error",
                "Missing character");
        assertThat(dir.resolve("typeset.pdf")).exists();
    }

    @Test
    void pandocReadsEveryEntryWithTheSameTitles() throws Exception {
        Path pandoc = ExternalTool.require("pandoc");
        write("trending.bib", bib);
        Run run = ExternalTool.run(dir, pandoc.toString(), "-f", "bibtex", "-t", "csljson", "trending.bib",
                "-o", "trending.json");
        assertThat(run.exit()).as(run.output()).isZero();
        JsonNode items = new ObjectMapper().readTree(dir.resolve("trending.json").toFile());
        assertThat(items.size()).isEqualTo(PAPERS);
        for (int k = 0; k < PAPERS; k++) {
            // CSL titles are sentence case: pandoc lowers every word we did not protect, and keeps the ones we did
            String csl = items.get(k).get("title").asText();
            String written = entries.get(k).getField(BibTeXEntry.KEY_TITLE).toUserString();
            assertThat(csl.replaceAll("<[^>]+>", "")).isEqualToIgnoringCase(
                    SampleTest.decode(entries.get(k).getField(BibTeXEntry.KEY_TITLE)));
            java.util.regex.Matcher protectedWord = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}")
                    .matcher(written);
            while (protectedWord.find()) {
                assertThat(csl).contains(protectedWord.group(1));
            }
            assertThat(items.get(k).get("abstract").asText()).isNotBlank();
        }
    }

    @Test
    void pandocCiteprocRendersAll() throws Exception {
        Path pandoc = ExternalTool.require("pandoc");
        write("trending.bib", bib);
        write("doc.md", "---\nbibliography: trending.bib\nnocite: '@*'\n---\n\n# References\n");
        Run run = ExternalTool.run(dir, pandoc.toString(), "--citeproc", "-t", "html", "doc.md", "-o", "doc.html");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("WARNING");
        String html = Files.readString(dir.resolve("doc.html"));
        assertThat(html.split("class=\"csl-entry\"", -1)).hasSize(PAPERS + 1);
    }
}
