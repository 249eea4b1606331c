package org.abs2bib.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.abs2bib.testing.ExternalTool.Run;

/**
 * A LaTeX document that cites every entry of a .bib with {@code \nocite{*}}, run through pdflatex and bibtex in
 * {@code dir} the way an author's build does: what bibtex logged and wrote, for the test to judge.
 *
 * @param blg the bibtex log
 * @param bbl the bibliography bibtex wrote
 */
public record BibtexDocument(String blg, String bbl) {
    /** Runs pdflatex, then bibtex, on {@code bib} (a file name in {@code dir}, without .bib) with {@code style}. */
    public static BibtexDocument cite(Path dir, String bib, String style, String packages) throws Exception {
        Path pdflatex = ExternalTool.require("pdflatex");
        Path bibtex = ExternalTool.require("bibtex");
        Files.writeString(dir.resolve("doc.tex"), "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage[T1]{fontenc}\n" + packages + "\\usepackage{url}\n\\begin{document}\n\\nocite{*}\n"
                + "\\bibliographystyle{" + style + "}\n\\bibliography{" + bib + "}\n\\end{document}\n",
                StandardCharsets.UTF_8);
        Run first = ExternalTool.run(dir, pdflatex.toString(), "-interaction=nonstopmode", "doc.tex");
        assertThat(first.exit()).as(first.output()).isZero();
        Run bt = ExternalTool.run(dir, bibtex.toString(), "doc");
        String blg = Files.readString(dir.resolve("doc.blg"));
        assertThat(bt.exit()).as(blg).isZero();
        return new BibtexDocument(blg, Files.readString(dir.resolve("doc.bbl")));
    }

    /** The second pdflatex run, with the bibliography in: it must typeset without an error. */
    public static void typesets(Path dir) throws Exception {
        Run second = ExternalTool.run(dir, ExternalTool.require("pdflatex").toString(), "-interaction=nonstopmode",
                "-halt-on-error", "doc.tex");
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(Files.readString(dir.resolve("doc.log"), StandardCharsets.ISO_8859_1))
                .doesNotContain("! ", "Missing character");
    }
}
