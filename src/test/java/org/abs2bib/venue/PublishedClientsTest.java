package org.abs2bib.venue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.cli.CliRunner;
import org.abs2bib.testing.BibtexDocument;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.VenueStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --published} from the command line, and the programs that read its entries: bibtex (plain, unsrt), biber
 * (data model), pandoc. A conference paper, a journal article and a preprint that stays one.
 */
class PublishedClientsTest {
    static final String ABSTRACT = "We present a method and show on several benchmarks that it works better than "
            + "the strong baselines we compare with, at a lower cost.";
    static final String DUMP = "WavTokenizer: an Efficient Acoustic Discrete Codec Tokenizer for Audio Language "
            + "Modeling\nShengpeng Ji, Ziyue Jiang, Xize Cheng\narXiv:2408.16532\n" + ABSTRACT + "\n\n"
            + "ChemCrow: Augmenting large-language models with chemistry tools\nAndres M. Bran, Sam Cox, Philippe "
            + "Schwaller\narXiv:2304.05376\n" + ABSTRACT + "\n\n"
            + "PaperQA: Retrieval-Augmented Generative Agent for Scientific Research\nJakub Lala, Odhran O'Donoghue\n"
            + "arXiv:2312.07559\n" + ABSTRACT + "\n";

    @TempDir
    Path dir;

    VenueStandIn services;
    String said;

    @BeforeEach
    void start() throws Exception {
        services = new VenueStandIn().s2Recorded("s2-arxiv-wavtokenizer-iclr-venue-with-preprint-year.json")
                .s2Recorded("s2-doi-chemcrow-natmi-published.json")
                .s2Recorded("s2-doi-arxiv-paperqa-unpublished.json")
                .crossrefRecorded("crossref-work-chemcrow-natmi-journal-article.json");
    }

    @AfterEach
    void stop() {
        services.close();
    }

    String convert(String format, String... more) throws Exception {
        Path dump = Files.writeString(dir.resolve("papers.txt"), DUMP);
        Path out = dir.resolve("papers." + (format.equals("csl-json") ? "json" : "bib"));
        List<String> args = new ArrayList<>(List.of(dump.toString(), "-o", out.toString(), "--force", "-f", format,
                "--published", "--s2-url", services.s2().toString(), "--crossref-url", services.crossref().toString(),
                "--published-delay", "0.05", "--cache", dir.resolve("cache").toString()));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("published versions: 2 of 3 entries upgraded; ");
        said = r.err();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theEntriesAreThePublishedVersionsWithTheirPreprintsKept() throws Exception {
        String bib = convert("bibtex");
        assertThat(said).contains("2 requests, 0 cache hits");
        assertThat(bib).contains("@inproceedings{ji2025wavtokenizer,",
                "booktitle     = {The Thirteenth International Conference on Learning Representations},",
                "publisher     = {OpenReview.net},", "year          = {2025},", "eprint        = {2408.16532},");
        assertThat(bib).contains("@article{bran2024augmenting,", "journal       = {Nature Machine Intelligence},",
                "volume        = {6},", "number        = {5},", "pages         = {525--535},",
                "doi           = {10.1038/s42256-024-00832-8},");
        assertThat(bib).contains("@misc{lala2023paperqa,", "howpublished  = {arXiv},");
        String iclr = bib.substring(bib.indexOf("@inproceedings"), bib.indexOf("}\n", bib.indexOf("@inproceedings")));
        assertThat(iclr).doesNotContain("10.48550", "howpublished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "unsrt"})
    void bibtexReadsThemWithoutAWarning(String style) throws Exception {
        ExternalTool.require("bibtex");
        Files.writeString(dir.resolve("published.bib"), convert("bibtex"));
        BibtexDocument doc = BibtexDocument.cite(dir, "published", style, "");
        assertThat(doc.blg()).doesNotContain("Warning--", "error message");
        assertThat(doc.bbl().replaceAll("\\s+", " ")).contains("Nature Machine Intelligence",
                "Learning Representations");
        BibtexDocument.typesets(dir);
    }

    @Test
    void biberFindsTheirDataModelComplete() throws Exception {
        Path biber = ExternalTool.require("biber");
        Files.writeString(dir.resolve("published.bib"), convert("biblatex"));
        ExternalTool.Run run = ExternalTool.run(dir, biber.toString(), "--tool", "--validate-datamodel",
                "--output-file", "checked.bib", "published.bib");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("WARN", "ERROR");
    }

    @Test
    void papersWithoutAnArxivIdAreCountedWithWhatToDo() throws Exception {
        Path dump = Files.writeString(dir.resolve("plain.txt"), "A Paper Without an Identifier\n" + ABSTRACT + "\n");
        CliRunner.Result r = CliRunner.run(dump.toString(), "--published", "--s2-url", services.s2().toString(),
                "--crossref-url", services.crossref().toString(), "--no-cache", "-o",
                dir.resolve("plain.bib").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("0 of 1 entry upgraded; 0 requests",
                "1 without an arXiv id (--arxiv finds them)");
    }

    /** JabRef 3.8 reads the entries (headless, its own preferences) and writes them again with their types. */
    @Test
    void jabrefReadsThem() throws Exception {
        Path jabref = ExternalTool.require("jabref");
        Files.writeString(dir.resolve("published.bib"), convert("bibtex"));
        Path prefs = Files.createDirectories(dir.resolve("prefs"));
        ExternalTool.Run run = ExternalTool.run(dir, 180, java.util.Map.of("JABREF_JAVA_OPTS",
                "--add-opens=java.desktop/java.awt=ALL-UNNAMED -Djava.awt.headless=true -Djava.util.prefs.userRoot="
                        + prefs, "DISPLAY", ""), jabref.toString(), "-n", "-i", "published.bib,bibtex", "-o",
                "again.bib");
        assertThat(run.output()).doesNotContain("Exception", "rror");
        String again = Files.readString(dir.resolve("again.bib"), StandardCharsets.UTF_8).toLowerCase();
        assertThat(again).contains("@inproceedings{ji2025wavtokenizer", "@article{bran2024augmenting",
                "@misc{lala2023paperqa", "nature machine intelligence", "learning representations");
    }

    @Test
    void pandocReadsThePublishedTypes() throws Exception {
        Path pandoc = ExternalTool.require("pandoc");
        Files.writeString(dir.resolve("published.bib"), convert("bibtex"));
        ExternalTool.Run run = ExternalTool.run(dir, pandoc.toString(), "-f", "bibtex", "-t", "csljson",
                "published.bib", "-o", "published.json");
        assertThat(run.exit()).as(run.output()).isZero();
        JsonNode items = new ObjectMapper().readTree(dir.resolve("published.json").toFile());
        List<String> types = new ArrayList<>();
        items.forEach(i -> types.add(i.path("type").asText()));
        assertThat(types.subList(0, 2)).containsExactly("paper-conference", "article-journal");
        JsonNode ours = new ObjectMapper().readTree(convert("csl-json"));
        List<String> ourTypes = new ArrayList<>();
        ours.forEach(i -> ourTypes.add(i.path("type").asText()));
        assertThat(ourTypes).containsExactly("paper-conference", "article-journal", "article");
        assertThat(ours.path(0).path("container-title").asText())
                .isEqualTo("The Thirteenth International Conference on Learning Representations");
        assertThat(ours.path(0).has("number")).as("no arXiv number on a published paper").isFalse();
    }
}
