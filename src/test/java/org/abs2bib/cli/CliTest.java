package org.abs2bib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user meets it: exit codes, messages that point at the input, files never half-written. */
class CliTest {
    static final String DUMP = "Attention Is All You Need\nThe dominant sequence transduction models are based on "
            + "complex recurrent or convolutional neural networks. We propose a new simple network architecture, the "
            + "Transformer, based solely on attention mechanisms.\n";

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(new byte[0], args);
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Nothing but the named files is left in the folder: no output, no temporary file. */
    void assertFolderHoldsOnly(String... names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
        }
    }

    @Test
    void convertsAFileToStandardOutput() throws IOException {
        Result r = run(file("papers.txt", DUMP).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("@misc{attentionallyou,").endsWith("}\n");
        assertThat(r.err()).contains("1 paper read (title and abstract lines)", "1 entry written");
    }

    @Test
    void readsStandardInputWithNoFileOrDash() {
        byte[] in = DUMP.getBytes(StandardCharsets.UTF_8);
        assertThat(run(in).out()).contains("@misc{attentionallyou,");
        assertThat(run(in, "-").out()).contains("@misc{attentionallyou,").contains("% <stdin>:1");
    }

    @Test
    void writesTheOutputFileAndRefusesToOverwriteItWithoutForce() throws IOException {
        Path in = file("papers.txt", DUMP);
        Path out = dir.resolve("out.bib");
        assertThat(run(in.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).contains("@misc{attentionallyou,");

        Files.writeString(out, "my own bibliography\n");
        Result again = run(in.toString(), "-o", out.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("abs2bib: " + out + ": exists; use --force to overwrite it, or choose "
                + "another -o\n");
        assertThat(Files.readString(out)).isEqualTo("my own bibliography\n");

        assertThat(run(in.toString(), "-o", out.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(out)).contains("@misc{attentionallyou,");
        assertFolderHoldsOnly("papers.txt", "out.bib");
    }

    @Test
    void outputFilesGetUsualPermissionsAndAReplacedFileKeepsItsOwn() throws IOException {
        Path in = file("papers.txt", DUMP);
        Path out = dir.resolve("new.bib");
        assertThat(run(in.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        Path shared = file("shared.bib", "old\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(run(in.toString(), "-o", shared.toString(), "--force").exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void neverOverwritesItsInput() throws IOException {
        Path in = file("papers.txt", DUMP);
        Result r = run(in.toString(), "-o", in.toString(), "--force");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is an input file");
        assertThat(Files.readString(in)).isEqualTo(DUMP);
    }

    @Test
    void anOutputThatIsALinkToTheInputIsRefused() throws IOException {
        Path in = file("papers.txt", DUMP);
        Path link = Files.createSymbolicLink(dir.resolve("out.bib"), in);
        Result r = run(in.toString(), "-o", link.toString(), "--force");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is an input file");
        assertThat(Files.readString(in)).isEqualTo(DUMP);
    }

    /**
     * Large files stream, and --report, --jabref-groups and a paper pasted twice no longer stop them: the streamed run
     * writes the bytes, the report and the warnings the in-memory run writes (the threshold lowered so small dumps
     * stream).
     */
    @Test
    void reportAndGroupsStreamAndWriteWhatTheInMemoryRunWrites() throws Exception {
        streamsAsInMemory(Golden.projectDir().resolve("bib/trending-papers.txt"), 234);
    }

    @Test
    void aDumpWithAPaperPastedTwiceStreamsAndMergesAsInMemory() throws Exception {
        Result streamed = streamsAsInMemory(Golden.projectDir().resolve("src/test/resources/dumps/pasted-twice.txt"), 6);
        assertThat(streamed.err()).contains("pasted-twice.txt:32: the same paper as line 1", "9 papers read",
                "6 entries written");
    }

    private static List<String> warnings(Result r) {
        return r.err().lines().filter(l -> l.contains("warning:")).toList();
    }

    private Result streamsAsInMemory(Path dump, int entries) throws Exception {
        Path bib = dir.resolve("memory.bib");
        Path report = dir.resolve("memory.json");
        Result memory = run("--verbose", "--jabref-groups", "--report", report.toString(), dump.toString(), "-o",
                bib.toString());
        assertThat(memory.exit()).as(memory.err()).isZero();
        assertThat(memory.err()).doesNotContain("two passes");
        Path streamedBib = dir.resolve("streamed.bib");
        Path streamedReport = dir.resolve("streamed.json");
        Result streamed;
        System.setProperty("abs2bib.streamAbove", "0");
        try {
            streamed = run("--verbose", "--jabref-groups", "--report", streamedReport.toString(), dump.toString(), "-o",
                    streamedBib.toString());
        } finally {
            System.clearProperty("abs2bib.streamAbove");
        }
        assertThat(streamed.exit()).as(streamed.err()).isZero();
        assertThat(streamed.err()).contains("converted in two passes");
        assertThat(warnings(streamed)).as("the same warnings").isEqualTo(warnings(memory));
        assertThat(Files.readString(streamedBib)).isEqualTo(Files.readString(bib)).contains("jabref-meta: groupstree");
        assertThat(Files.readString(streamedReport)).isEqualTo(Files.readString(report))
                .contains("\"entries\" : " + entries);
        return streamed;
    }

    @Test
    void helpAndVersionGoToStandardOutput() {
        Result help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: abs2bib", "--output", "--force", "--key-pattern");
        assertThat(help.err()).isEmpty();
        Result version = run("-V");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("abs2bib ");
        // main answers --version alone before picocli: the same bytes as picocli's answer
        for (String flag : new String[] {"--version", "-V"}) {
            java.io.ByteArrayOutputStream quick = new java.io.ByteArrayOutputStream();
            assertThat(Main.printedVersionOnly(new String[] {flag}, new java.io.PrintStream(quick, true))).isTrue();
            assertThat(quick.toString()).isEqualTo(run(flag).out());
        }
        assertThat(Main.printedVersionOnly(new String[] {"--version", "x.txt"}, System.out)).isFalse();
        assertThat(Main.printedVersionOnly(new String[] {"-q"}, System.out)).isFalse();
    }

    @Test
    void helpGroupsEveryOptionUnderAHeadingWithExamplesAndNoBrokenUrl() {
        assertThat(HelpGroups.ungrouped(new picocli.CommandLine(new Main(System.in, System.out, System.err))
                .getCommandSpec())).as("options missing from --help's groups").isEmpty();
        String help = run("--help").out();
        assertThat(help).startsWith("Usage: abs2bib [OPTION...] [FILE...]");
        List<String> headings = List.copyOf(HelpGroups.GROUPS.keySet());
        int at = 0;
        for (String heading : headings) {
            int next = help.indexOf("\n" + heading + ":\n");
            assertThat(next).as(heading).isGreaterThan(at);
            at = next;
        }
        assertThat(help).contains("Examples:", "abs2bib --arxiv --published papers.txt -o papers.bib");
        assertThat(help.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        assertThat(help.lines().filter(l -> l.contains("https://"))).allSatisfy(l ->
                assertThat(l).as("a URL cut across lines").containsPattern("https://[^ ]+\\.(org|com)(/[^ ]*)?$"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        Result r = run("--no-such-option");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("abs2bib: Unknown option: '--no-such-option'");
        Result typo = run("--arxv", "x.txt");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean --arxiv");
        Result badPattern = run(new byte[0], "--key-pattern", "[nonsense]");
        assertThat(badPattern.exit()).isEqualTo(2);
        assertThat(badPattern.err()).contains("unknown key pattern field [nonsense]");
    }

    // --- bad input: abs2bib: FILE:LINE: what is wrong, a non-zero exit, no output file, no stack trace ---

    Result failsWithoutOutput(Path in, String expectedMessage) throws IOException {
        Path out = dir.resolve("out.bib");
        Result r = run(in.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("abs2bib: ").contains(expectedMessage).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
        return r;
    }

    @Test
    void emptyFile() throws IOException {
        Path in = file("empty.txt", "");
        failsWithoutOutput(in, in + ": is empty; expected paper titles, each followed by its abstract");
    }

    @Test
    void onlyPageChrome() throws IOException {
        Path in = file("chrome.txt", "Get trending papers in your email inbox once a day!\n\nSubscribe\n");
        failsWithoutOutput(in, in + ":3: holds only page chrome");
    }

    @Test
    void lastTitleWithoutAbstractIsWrittenWithAWarning() throws IOException {
        Path in = file("last.txt", DUMP + "Sparks of Artificial General Intelligence\n");
        Path out = dir.resolve("out.bib");
        Result r = run(in.toString(), "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("abs2bib: warning: " + in + ":3: \"Sparks of Artificial General Intelligence\" "
                + "has no abstract; its entry is written without one");
        assertThat(Files.readString(out)).contains("@misc{sparksartificialgeneral,\n  title         = {Sparks of "
                + "Artificial General Intelligence},\n  key           = {Sparks of Artificial},\n  keywords")
                .doesNotContain("abstract      = {}");
    }

    @Test
    void binaryDataWithNulBytes() throws IOException {
        Path in = file("binary.txt", (DUMP + "PK\0\0\3\4 garbage\n").getBytes(StandardCharsets.UTF_8));
        failsWithoutOutput(in, in + ":3: NUL byte: this is binary data, not a text dump");
    }

    @Test
    void invalidUtf8NamesItsLine() throws IOException {
        byte[] latin1 = (DUMP + "Caf\u00e9 au lait: a study\nAbstract.\n").getBytes(StandardCharsets.ISO_8859_1);
        Path in = file("latin1.txt", latin1);
        failsWithoutOutput(in, in + ":3: not valid UTF-8 (byte 4 of the line); save the dump as UTF-8");
    }

    @Test
    void fiftyMegabyteSingleLine() throws IOException {
        Path in = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(in.toFile(), "rw")) {
            byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
            for (int k = 0; k < 50; k++) {
                f.write(chunk);
            }
        }
        assertThat(Files.size(in)).isEqualTo(50_000_000L);
        failsWithoutOutput(in, in + ":1: line is longer than 1000000 characters");
    }

    @Test
    void directoryAsInput() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("papers"));
        failsWithoutOutput(sub, sub + ": is a folder, not a dump");
    }

    @Test
    void missingInput() throws IOException {
        failsWithoutOutput(dir.resolve("nope.txt"), dir.resolve("nope.txt") + ": no such file");
    }

    @Test
    void unreadableFile() throws IOException {
        Path in = file("secret.txt", DUMP);
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(in), "running as root: every file is readable, so this case cannot be made");
        failsWithoutOutput(in, in + ": cannot be read (permission denied)");
    }

    @Test
    void readErrorOnAnOpenFileIsReportedNotThrown() {
        Path mem = Path.of("/proc/self/mem"); // opens, then fails on the first read, even for root
        assumeTrue(Files.exists(mem), "needs Linux /proc");
        Result r = run(mem.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("abs2bib: /proc/self/mem: ").doesNotContain("\tat ");
    }

    @Test
    void outputInAMissingFolder() throws IOException {
        Path in = file("papers.txt", DUMP);
        Path out = dir.resolve("no/such/folder/out.bib");
        Result r = run(in.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("abs2bib: " + out + ": the folder " + out.getParent()
                + " does not exist; create it or choose another -o\n");
        assertFolderHoldsOnly("papers.txt");
    }

    @Test
    void aBadSecondInputWritesNothing() throws IOException {
        Path good = file("good.txt", DUMP);
        Path bad = file("bad.txt", new byte[] {'x', 0, 'y'});
        Path out = dir.resolve("out.bib");
        Result r = run(good.toString(), bad.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertFolderHoldsOnly("good.txt", "bad.txt");
    }

    @Test
    void aBadVocabularyFileIsRefusedWithItsLine() throws IOException {
        Path in = file("papers.txt", DUMP);
        Path vocab = file("mine.tsv", "# my topics\ngraphs\tgraph|graphs\nno tab on this line\n");
        Result r = run(in.toString(), "--vocabulary", vocab.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("abs2bib: " + vocab + ":3: expected 2 or 3 tab-separated columns (tag, aliases, "
                + "parent), found 1; separate columns with a tab, aliases with |\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aUserVocabularyAddsTags() throws IOException {
        Path in = file("papers.txt", DUMP);
        Path vocab = file("mine.tsv", "sequence models\tsequence transduction|recurrent\n");
        Result r = run(in.toString(), "--vocabulary", vocab.toString(), "--tags", "vocab");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("keywords      = {sequence models, transformer architecture}");
        Result replaced = run(in.toString(), "--vocabulary", vocab.toString(), "--replace-vocabulary", "--tags",
                "vocab");
        assertThat(replaced.out()).contains("keywords      = {sequence models}");
    }

    @Test
    void keyphrasesCanBeListedForEvaluation() throws IOException {
        Result r = run(file("papers.txt", DUMP).toString(), "--keyphrases", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{\"source\":").contains("\"line\":1", "\"keyphrases\":[").endsWith("]}\n");
        assertThat(r.out().lines()).hasSize(1);
        // a list, not just its brackets: each paper's phrases are named
        assertThat(r.out()).doesNotContain("\"keyphrases\":[]").containsPattern("\"keyphrases\":\\[\"[^\"]+\"");
    }

    @Test
    void noTagsWhenAskedForNone() throws IOException {
        Result r = run(file("papers.txt", DUMP).toString(), "--tags", "none");
        assertThat(r.out()).doesNotContain("keywords");
        assertThat(run(file("p2.txt", DUMP).toString(), "--tags", "vocab,sparkles").exit()).isEqualTo(2);
    }

    @Test
    void keysStayUniqueAcrossSeveralInputs() throws IOException {
        Path a = file("a.txt", DUMP);
        Path b = file("b.txt", DUMP.replace("Attention Is All You Need", "Attention Is All You Need, Again"));
        Result r = run(a.toString(), b.toString());
        assertThat(r.exit()).isZero();
        assertThat(List.of(r.out().split("\n"))).filteredOn(l -> l.startsWith("@misc{"))
                .containsExactly("@misc{attentionallyou,", "@misc{attentionallyoua,");
    }

    @Test
    void theSamePaperInTwoInputsIsOneEntryUnlessAskedToKeepBoth() throws IOException {
        Path a = file("a.txt", DUMP);
        Path b = file("b.txt", DUMP);
        Result merged = run(a.toString(), b.toString());
        assertThat(merged.out().split("@misc\\{", -1)).hasSize(2);
        assertThat(merged.err()).contains("b.txt:1: the same paper as line 1 of a.txt");
        Result kept = run(a.toString(), b.toString(), "--duplicates", "keep");
        assertThat(List.of(kept.out().split("\n"))).filteredOn(l -> l.startsWith("@misc{"))
                .containsExactly("@misc{attentionallyou,", "@misc{attentionallyoua,");
    }

    @Test
    void aNamedPipeAsOutputIsWrittenIntoNotReplacedByAFile() throws Exception {
        // the same path as /dev/null or /dev/stdout, which a rename would replace with a file (as root: for everyone)
        Path pipe = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Result r = run(file("papers.txt", DUMP).toString(), "-o", pipe.toString()); // no --force: nothing to lose
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).contains("@misc{attentionallyou,");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
        assertFolderHoldsOnly("papers.txt", "pipe");
    }
}
