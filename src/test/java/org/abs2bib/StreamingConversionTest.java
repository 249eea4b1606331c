package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.abs2bib.dump.Dump;
import org.abs2bib.tag.TagOptions;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The two-pass streaming conversion writes the same bytes as the in-memory one, for every dump and option. */
class StreamingConversionTest {
    static Stream<Path> dumps() throws Exception {
        Path dumps = Golden.projectDir().resolve("src/test/resources/dumps");
        try (Stream<Path> files = Files.list(dumps)) {
            return Stream.concat(Stream.of(Golden.projectDir().resolve("bib/trending-papers.txt")),
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream());
        }
    }

    static final List<Options> OPTIONS = List.of(Options.DEFAULT, Options.DEFAULT.withTags(TagOptions.NONE),
            Options.BIBLATEX, Options.CSL_JSON, Options.CLASSIC_BIBTEX.withTags(TagOptions.DEFAULT.withHierarchy(true)));

    /** Every dump shape, and every paste of the corpus: the readers that the first and second pass share. */
    static Stream<Path> manyBatchDumps() throws Exception {
        return Stream.concat(dumps(), org.abs2bib.testing.PasteCorpus.pastes(
                Golden.projectDir().resolve("src/test/resources/pastes")).stream());
    }

    /**
     * Batches of 3 papers: even a small dump crosses many batch boundaries in both passes, with several batches in
     * flight, so the order of entries, keys claimed across batches and the kept observations are all tested.
     */
    @ParameterizedTest
    @MethodSource("manyBatchDumps")
    void writesWhatTheInMemoryConversionWritesOverManyBatches(Path dump, @TempDir Path tmp) throws Exception {
        for (Options o : List.of(Options.DEFAULT.withMergeDuplicates(false), Options.CSL_JSON.withMergeDuplicates(false))) {
            streamedEqualsInMemory(dump, o, abs2bib -> StreamingConversion.plan(abs2bib, List.of(dump), tmp, 3));
        }
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void writesWhatTheInMemoryConversionWrites(Path dump) throws Exception {
        for (Options o : OPTIONS) {
            streamedEqualsInMemory(dump, o, abs2bib -> StreamingConversion.plan(abs2bib, List.of(dump)));
        }
    }

    /** How a test plans the streaming conversion (batch size, temporary folder). */
    private interface Planner {
        java.util.Optional<StreamingConversion> plan(Abs2Bib abs2bib) throws Exception;
    }

    /** The streamed conversion of {@code dump} writes the bytes, entries and warnings the in-memory one does. */
    private static void streamedEqualsInMemory(Path dump, Options o, Planner planner) throws Exception {
        Abs2Bib abs2bib = new Abs2Bib(o);
        Dump read;
        try (var in = Files.newInputStream(dump)) {
            read = Abs2Bib.read(in, dump.toString());
        }
        StringWriter inMemory = new StringWriter();
        abs2bib.write(abs2bib.convert(List.of(read)), inMemory);
        try (StreamingConversion plan = planner.plan(abs2bib).orElseThrow()) {
            StringWriter streamed = new StringWriter();
            plan.write(streamed);
            assertThat(streamed.toString()).as("%s with %s", dump.getFileName(), o.format())
                    .isEqualTo(inMemory.toString());
            assertThat(plan.entries()).isEqualTo(read.papers().size());
            assertThat(plan.warnings()).isEqualTo(read.warnings());
        }
    }

    @Test
    void severalFilesKeepKeysUniqueAcrossThem(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Attention Is All You Need\nWe propose the Transformer. It "
                + "is based on attention.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Attention Is All You Need, Again\nWe propose it again. It "
                + "is based on attention.\n");
        StringWriter out = new StringWriter();
        try (StreamingConversion plan = StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(a, b))
                .orElseThrow()) {
            plan.write(out);
        }
        assertThat(out.toString()).contains("@misc{attentionallyou,", "@misc{attentionallyoua,");
    }

    @Test
    void aPaperPastedTwiceIsLeftToTheInMemoryConversion(@TempDir Path dir) throws Exception {
        Path twice = Files.writeString(dir.resolve("t.txt"), "Same Paper\nIt says one thing. It says it well.\n"
                + "Same Paper\nIt says one thing. It says it well.\n");
        assertThat(StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(twice))).isEmpty();
        assertThat(StreamingConversion.plan(new Abs2Bib(Options.DEFAULT.withMergeDuplicates(false)), List.of(twice)))
                .isPresent();
    }

    private static List<Path> keptObservations(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("abs2bib-.*\\.observations")).toList();
        }
    }

    @Test
    void theFirstPassesFileIsDeletedWhenDoneAndWhenNotNeeded(@TempDir Path dir, @TempDir Path tmp) throws Exception {
        // a folder of its own: the shared temporary folder has other runs' files in it
        Path dump = Files.writeString(dir.resolve("d.txt"), "One Paper on Retrieval\nIt retrieves documents. It is "
                + "fast.\n\nAnother Paper on Agents\nIt plans with tools. It is careful.\n");
        try (StreamingConversion plan = StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(dump), tmp)
                .orElseThrow()) {
            assertThat(keptObservations(tmp)).hasSize(1);
            plan.write(new StringWriter());
        }
        Path twice = Files.writeString(dir.resolve("t.txt"), "Same Paper\nIt says one thing. It says it well.\n"
                + "Same Paper\nIt says one thing. It says it well.\n");
        assertThat(StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(twice), tmp)).isEmpty();
        assertThat(keptObservations(tmp)).isEmpty();
    }

    @Test
    void aFileChangedBetweenThePassesIsReportedNotMisTagged(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve("d.txt"), "One Paper on Retrieval\nIt retrieves documents. It "
                + "is fast.\n\nAnother Paper on Agents\nIt plans with tools. It is careful.\n");
        try (StreamingConversion plan = StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(dump))
                .orElseThrow()) {
            Files.writeString(dump, "\n\nA Paper Moved Down\nIt moved. It is two lines lower.\n");
            assertThatThrownBy(() -> plan.write(new StringWriter())).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("d.txt").hasMessageContaining("changed while abs2bib read it");
        }
    }

    @Test
    void aTemporaryFolderThatCannotTakeTheFileIsNamedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve("d.txt"), "One Paper on Retrieval\nIt retrieves documents. It "
                + "is fast.\n");
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        assertThatThrownBy(() -> StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(dump), notAFolder))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("cannot write the temporary file of a large dump in " + notAFolder)
                .hasMessageContaining("-Djava.io.tmpdir=");
        assertThat(Files.readString(dump)).startsWith("One Paper"); // the input is untouched
    }
}
