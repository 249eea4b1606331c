package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.testing.Convert;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.ExternalTool.Run;
import org.abs2bib.testing.Golden;
import org.abs2bib.write.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibLaTeX checked by biber, CSL-JSON by pandoc, and the same citation out of both the .bib and the CSL-JSON. */
class FormatsTest {
    static final Path LABELLED = Golden.projectDir().resolve("src/test/resources/dumps/labelled.txt");
    static final Path SAMPLE = Golden.projectDir().resolve("bib/trending-papers.txt");

    @TempDir
    Path dir;

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void biberValidatesTheBiblatexOutput() throws Exception {
        Path biber = ExternalTool.require("biber");
        write("dated.bib", Convert.bibtex(LABELLED, Options.BIBLATEX));
        Run dated = ExternalTool.run(dir, biber.toString(), "--tool", "--validate-datamodel", "--output-file",
                "out1.bib", "dated.bib");
        assertThat(dated.exit()).as(dated.output()).isZero();
        assertThat(dated.output()).doesNotContain("WARN -", "ERROR -");

        write("sample.bib", Convert.bibtex(SAMPLE, Options.BIBLATEX));
        Run sample = ExternalTool.run(dir, biber.toString(), "--tool", "--validate-datamodel", "--output-file",
                "out2.bib", "sample.bib");
        assertThat(sample.exit()).as(sample.output()).isZero();
        List<String> problems = sample.output().lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR"))
                .toList();
        // without a lookup the dump gives no date, and abs2bib invents none: that is the one warning allowed
        assertThat(problems).hasSize(234).allMatch(l -> l.contains("one of 'date, year' must be defined"));
    }

    @Test
    void cslJsonIsReadByPandocAndRendersEveryEntry() throws Exception {
        Path pandoc = ExternalTool.require("pandoc");
        String json = Convert.bibtex(SAMPLE, Options.CSL_JSON);
        JsonNode items = new ObjectMapper().readTree(json);
        assertThat(items.size()).isEqualTo(234);
        assertThat(items.get(0).get("type").asText()).isEqualTo("article");
        write("sample.json", json);
        write("doc.md", "---\nbibliography: sample.json\nnocite: '@*'\n---\n");
        Run run = ExternalTool.run(dir, pandoc.toString(), "--citeproc", "-t", "html", "doc.md", "-o", "doc.html");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("WARNING");
        assertThat(Files.readString(dir.resolve("doc.html")).split("class=\"csl-entry\"", -1)).hasSize(235);
    }

    @Test
    void theSameCitationComesOutOfTheBibAndTheCslJson() throws Exception {
        Path pandoc = ExternalTool.require("pandoc");
        write("refs.bib", Convert.bibtex(LABELLED, Options.DEFAULT));
        write("refs.json", Convert.bibtex(LABELLED, Options.CSL_JSON));
        String body = "See [@dettmers2023qlora; @lester2021power] and @beltagy2020longformer.\n";
        write("bib.md", "---\nbibliography: refs.bib\n---\n" + body);
        write("json.md", "---\nbibliography: refs.json\n---\n" + body);
        Run fromBib = ExternalTool.run(dir, pandoc.toString(), "--citeproc", "-t", "plain", "bib.md");
        Run fromJson = ExternalTool.run(dir, pandoc.toString(), "--citeproc", "-t", "plain", "json.md");
        assertThat(fromBib.exit()).isZero();
        assertThat(fromJson.output()).isEqualTo(fromBib.output());
        assertThat(fromBib.output()).contains("Dettmers", "2023", "QLoRA");
    }

    @Test
    void formatNamesParse() {
        assertThat(OutputFormat.parse("CSL-JSON")).isEqualTo(OutputFormat.CSL_JSON);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFormat.parse("ris"))
                .hasMessageContaining("known: bibtex, biblatex, csl-json");
    }
}
