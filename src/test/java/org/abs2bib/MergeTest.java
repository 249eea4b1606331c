package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.abs2bib.cli.CliRunner;
import org.abs2bib.testing.Golden;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging into libraries as users have them: one JabRef wrote (meta comments, groups), one Zotero's Better BibTeX
 * exported, one written by hand (@string, @preamble, comments, odd layout). Every byte of the library is kept: take
 * the inserted text out and the original file is back, byte for byte. A second identical run changes nothing.
 */
class MergeTest {
    static final Path LIBRARIES = Golden.projectDir().resolve("src/test/resources/libraries");
    /** Attention (in the JabRef library), BERT (JabRef), LoRA (Better BibTeX), RAG (hand-written), and new ones. */
    static final String DUMP = "Attention Is All You Need\nThe dominant sequence transduction models are based on "
            + "recurrent networks. We propose the Transformer, based solely on attention.\n\n"
            + "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding\nWe introduce BERT. "
            + "It pre-trains deep bidirectional representations from unlabeled text.\n\n"
            + "LoRA: Low-Rank Adaptation of Large Language Models\nWe propose LoRA, which freezes the pre-trained "
            + "weights. It injects trainable rank decomposition matrices.\n\n"
            + "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks\nLarge pre-trained language models "
            + "store factual knowledge. We explore retrieval-augmented generation.\n\n"
            + "Mamba: Linear-Time Sequence Modeling with Selective State Spaces\nFoundation models are based on the "
            + "Transformer. We identify a key weakness and improve on it.\n\n"
            + "Toolformer: Language Models Can Teach Themselves to Use Tools\nLanguage models solve new tasks from "
            + "few examples. They struggle with arithmetic, where tools excel.\n";

    @TempDir
    Path dir;

    @Test
    void oneNewPaperAndOneAlreadyThereAreCountedInTheSingular() throws Exception {
        Path lib = dir.resolve("jabref.bib");
        Files.write(lib, Files.readAllBytes(LIBRARIES.resolve("jabref.bib")));
        Path dump = Files.writeString(dir.resolve("two.txt"), DUMP.substring(0, DUMP.indexOf("BERT:"))
                + DUMP.substring(DUMP.indexOf("Mamba:"), DUMP.indexOf("Toolformer:")));
        CliRunner.Result r = CliRunner.run(dump.toString(), "--merge", lib.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("added 1 entry to", "; 1 paper was already there");
        Path one = Files.writeString(dir.resolve("one.txt"), DUMP.substring(0, DUMP.indexOf("BERT:")));
        assertThat(CliRunner.run(one.toString(), "--merge", lib.toString()).err())
                .contains("nothing to add: the paper is already in");
    }

    @ParameterizedTest
    @CsvSource({"jabref.bib, 4", "better-bibtex.bib, 5", "hand-written.bib, 5"})
    void addsOnlyNewPapersAndKeepsEveryByteOfTheLibrary(String name, int expectedAdded) throws Exception {
        byte[] original = Files.readAllBytes(LIBRARIES.resolve(name));
        Path lib = dir.resolve(name);
        Files.write(lib, original);
        Path dump = dir.resolve("papers.txt");
        Files.writeString(dump, DUMP);

        CliRunner.Result r = CliRunner.run(dump.toString(), "--merge", lib.toString(), "--backup");
        assertThat(r.exit()).as(r.err()).isZero();
        byte[] merged = Files.readAllBytes(lib);
        assertThat(removeInsertion(original, merged)).as("the library without abs2bib's insertion").isEqualTo(original);

        BibTeXDatabase before = parse(original);
        BibTeXDatabase after = parse(merged);
        assertThat(after.getEntries().size() - before.getEntries().size()).isEqualTo(expectedAdded);
        assertThat(after.getEntries().keySet()).containsAll(before.getEntries().keySet());
        assertThat(r.err()).contains("added " + expectedAdded + " entries");
        // the papers already there are counted, not listed one a line (the sample would print 235 lines)
        assertThat(r.err()).doesNotContain("already in the library as");
        CliRunner.Result verbose = CliRunner.run(dump.toString(), "--merge", lib.toString(), "-o",
                dir.resolve("listed.bib").toString(), "--verbose");
        assertThat(verbose.err()).contains("already in the library as");

        try (var files = Files.list(dir)) {
            Path backup = files.filter(p -> p.getFileName().toString().endsWith(".bak")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(backup)).isEqualTo(original);
        }

        CliRunner.Result again = CliRunner.run(dump.toString(), "--merge", lib.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("nothing to add");
        assertThat(Files.readAllBytes(lib)).as("a second identical run changes nothing").isEqualTo(merged);
    }

    @Test
    void newKeysAreUniqueInTheWholeLibrary() throws Exception {
        Path lib = dir.resolve("lib.bib");
        Files.writeString(lib, "@misc{mamba,\n  title = {Some Other Paper Called Mamba: A Snake Study},\n}\n");
        Path dump = dir.resolve("papers.txt");
        Files.writeString(dump, DUMP);
        assertThat(CliRunner.run(dump.toString(), "--merge", lib.toString()).exit()).isZero();
        BibTeXDatabase db = parse(Files.readAllBytes(lib));
        assertThat(db.getEntries().keySet()).extracting(k -> k.getValue()).contains("mamba", "mambaa");
    }

    @Test
    void aLibraryThatIsNotBibtexIsRefusedAndLeftAlone() throws Exception {
        Path lib = dir.resolve("broken.bib");
        byte[] broken = "@article{a,\n  title = {unclosed\n".getBytes();
        Files.write(lib, broken);
        Path dump = dir.resolve("papers.txt");
        Files.writeString(dump, DUMP);
        CliRunner.Result r = CliRunner.run(dump.toString(), "--merge", lib.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("abs2bib: " + lib + ": cannot be read as BibTeX").contains("left as it was");
        assertThat(Files.readAllBytes(lib)).isEqualTo(broken);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void mergingIntoAnotherFileLeavesTheLibraryUntouched() throws Exception {
        byte[] original = Files.readAllBytes(LIBRARIES.resolve("jabref.bib"));
        Path lib = dir.resolve("jabref.bib");
        Files.write(lib, original);
        Path dump = dir.resolve("papers.txt");
        Files.writeString(dump, DUMP);
        Path out = dir.resolve("merged.bib");
        assertThat(CliRunner.run(dump.toString(), "--merge", lib.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(lib)).isEqualTo(original);
        assertThat(removeInsertion(original, Files.readAllBytes(out))).isEqualTo(original);
    }

    @Test
    void aPaperPastedTwiceBecomesOneEntryWithAReport() {
        String twice = DUMP + "\nMamba: Linear-Time Sequence Modeling with Selective State Spaces\nThe same paper, "
                + "pasted again. It says the same thing twice.\n";
        CliRunner.Result r = CliRunner.run(twice.getBytes(), "-");
        assertThat(r.out().split("@misc\\{mamba", -1)).hasSize(2);
        assertThat(r.err()).contains("<stdin>:19: the same paper as line 13 (\"Mamba: Linear-Time Sequence Modeling "
                + "with Selective State...\"); merged into one entry");
        CliRunner.Result kept = CliRunner.run(twice.getBytes(), "-", "--duplicates", "keep");
        assertThat(kept.out()).contains("@misc{mamba,", "@misc{mambaa,");
    }

    /** The merged bytes with the one contiguous run that is not in the original taken out. */
    static byte[] removeInsertion(byte[] original, byte[] merged) {
        int prefix = 0;
        while (prefix < original.length && original[prefix] == merged[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < original.length - prefix
                && original[original.length - 1 - suffix] == merged[merged.length - 1 - suffix]) {
            suffix++;
        }
        byte[] out = Arrays.copyOf(merged, prefix + suffix);
        System.arraycopy(merged, merged.length - suffix, out, prefix, suffix);
        return out;
    }

    static BibTeXDatabase parse(byte[] bytes) throws Exception {
        return new BibTeXParser().parse(new StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
