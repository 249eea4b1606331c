package org.abs2bib.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.dump.Dump;
import org.abs2bib.tag.TagOptions;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline's two stores give the same output: the streamed conversion writes the bytes the in-memory one does,
 * for every dump and option, over one batch or many.
 */
class PipelineTest {
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
        for (Options o : List.of(Options.DEFAULT, Options.DEFAULT.withMergeDuplicates(false),
                Options.CSL_JSON.withMergeDuplicates(false), Options.DEFAULT.withTags(TagOptions.NONE))) {
            streamedEqualsInMemory(dump, o, new Pipeline(o, 3), tmp);
        }
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void writesWhatTheInMemoryConversionWrites(Path dump, @TempDir Path tmp) throws Exception {
        for (Options o : OPTIONS) {
            streamedEqualsInMemory(dump, o, new Pipeline(o), tmp);
        }
    }

    /**
     * The streamed conversion of {@code dump} by {@code pipeline} writes the bytes, entries and warnings the
     * in-memory one does, and so does the in-memory conversion by {@code pipeline} (whose batches may be smaller).
     */
    private static void streamedEqualsInMemory(Path dump, Options o, Pipeline pipeline, Path tmp) throws Exception {
        Abs2Bib abs2bib = new Abs2Bib(o);
        Dump read;
        try (var in = Files.newInputStream(dump)) {
            read = Abs2Bib.read(in, dump.toString());
        }
        StringWriter inMemory = new StringWriter();
        Conversion conversion = abs2bib.convert(List.of(read));
        abs2bib.write(conversion, inMemory);
        StringWriter inMemoryBatched = new StringWriter();
        abs2bib.write(pipeline.convert(List.of(read), settled -> { }), inMemoryBatched);
        assertThat(inMemoryBatched.toString()).as("%s in memory with %s", dump.getFileName(), o.format())
                .isEqualTo(inMemory.toString());
        try (StreamPlan plan = pipeline.plan(List.of(dump), tmp)) {
            StringWriter streamed = new StringWriter();
            abs2bib.write(plan, streamed);
            assertThat(streamed.toString()).as("%s with %s", dump.getFileName(), o.format())
                    .isEqualTo(inMemory.toString());
            assertThat(plan.entries()).isEqualTo(conversion.references().size());
            assertThat(plan.warnings()).isEqualTo(conversion.warnings());
        }
        // with JabRef groups: the tree is counted as the entries stream past, and comes out the same
        StringWriter inMemoryGroups = new StringWriter();
        abs2bib.write(abs2bib.convert(List.of(read)), inMemoryGroups, true);
        try (StreamPlan plan = pipeline.plan(List.of(dump), tmp)) {
            StringWriter streamed = new StringWriter();
            abs2bib.write(plan, streamed, true);
            assertThat(streamed.toString()).as("%s with %s and groups", dump.getFileName(), o.format())
                    .isEqualTo(inMemoryGroups.toString());
        }
    }

    @Test
    void severalFilesKeepKeysUniqueAcrossThem(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Attention Is All You Need\nWe propose the Transformer. It "
                + "is based on attention.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Attention Is All You Need, Again\nWe propose it again. It "
                + "is based on attention.\n");
        StringWriter out = new StringWriter();
        Abs2Bib abs2bib = new Abs2Bib(Options.DEFAULT);
        try (StreamPlan plan = abs2bib.stream(List.of(a, b))) {
            abs2bib.write(plan, out);
        }
        assertThat(out.toString()).contains("@misc{attentionallyou,", "@misc{attentionallyoua,");
    }

    @Test
    void aPaperPastedTwiceIsMergedOnAStreamToo(@TempDir Path dir, @TempDir Path tmp) throws Exception {
        Path twice = Files.writeString(dir.resolve("t.txt"), "Same Paper\nIt says one thing. It says it well.\n\n"
                + "Another Paper\nIt says another thing. It says it twice.\n\n"
                + "Same paper.\nIt says one thing. It says it well.\n");
        try (StreamPlan plan = new Pipeline(Options.DEFAULT, 1).plan(List.of(twice), tmp)) {
            assertThat(plan.entries()).isEqualTo(2);
            assertThat(plan.warnings()).singleElement().hasToString("t.txt:7: the same paper as line 1 (\"Same "
                    + "paper.\"); merged into one entry");
            assertThat(keptObservations(tmp)).as("the first pass's file, not the one it started over").hasSize(1);
            assertThat(temporaryFiles(tmp, "merged")).as("the merged entries, on disk").hasSize(1);
        }
        assertThat(temporaryFiles(tmp, "merged")).isEmpty();
        try (StreamPlan plan = new Abs2Bib(Options.DEFAULT.withMergeDuplicates(false)).stream(List.of(twice))) {
            assertThat(plan.entries()).isEqualTo(3);
            assertThat(plan.warnings()).isEmpty();
        }
    }

    /**
     * Papers pasted twice, in any order, across files and batches, with or without an id, authors, a year or an
     * abstract: the stream merges them as memory does, byte for byte, with the same warnings.
     */
    @Property(tries = 60)
    void copiesAreMergedAsInMemory(@ForAll("pastes") List<String> papers, @ForAll @IntRange(min = 1, max = 4) int batch,
                                   @ForAll @IntRange(min = 0, max = 6) int split, @ForAll boolean tagged)
            throws Exception {
        // untagged, there is no file of observations and so no count of them to check: only the output can tell
        Path dir = Files.createTempDirectory("abs2bib-copies");
        try {
            int cut = Math.min(split, papers.size());
            Path a = Files.writeString(dir.resolve("a.txt"), String.join("\n", papers.subList(0, cut)));
            Path b = Files.writeString(dir.resolve("b.txt"), String.join("\n", papers.subList(cut, papers.size())));
            List<Path> files = cut == 0 ? List.of(b) : cut == papers.size() ? List.of(a) : List.of(a, b);
            Options options = tagged ? Options.DEFAULT : Options.DEFAULT.withTags(TagOptions.NONE);
            Abs2Bib abs2bib = new Abs2Bib(options);
            List<Dump> read = new ArrayList<>();
            for (Path f : files) {
                try (var in = Files.newBufferedReader(f)) {
                    read.add(Abs2Bib.read(in, f.toString()));
                }
            }
            Conversion conversion = abs2bib.convert(read);
            StringWriter inMemory = new StringWriter();
            abs2bib.write(conversion, inMemory);
            try (StreamPlan plan = new Pipeline(options, batch).plan(files, dir)) {
                StringWriter streamed = new StringWriter();
                abs2bib.write(plan, streamed);
                assertThat(streamed.toString()).isEqualTo(inMemory.toString());
                assertThat(plan.warnings()).isEqualTo(conversion.warnings());
                assertThat(plan.entries()).isEqualTo(conversion.references().size());
            }
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(f -> f.getFileName().toString())).as("no temporary file left")
                        .noneMatch(f -> f.startsWith("abs2bib-"));
            }
        } finally {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path f : left.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** Records of an arXiv listing drawn from a few papers, so that copies are common and come in every shape. */
    @Provide
    Arbitrary<List<String>> pastes() {
        Arbitrary<String> paper = Combinators.combine(
                Arbitraries.of("Sparse Attention for Long Documents", "sparse attention for long documents.",
                        "Graph Agents That Plan", "Deep Learning"),
                Arbitraries.of("", "arXiv:2401.00001", "arXiv:2401.00001v2", "arXiv:2402.00002"),
                Arbitraries.of("", "Ann Smith, Bo Li", "Ann SMITH", "Carl Jones"),
                Arbitraries.of("", "We study retrieval. It scales to long inputs.",
                        "We plan with tools. Agents use graphs of plans."))
                .as((title, id, authors, text) -> "[1] " + id + "\nTitle: " + title + "\n"
                        + (authors.isEmpty() ? "" : "Authors: " + authors + "\n")
                        + (text.isEmpty() ? "" : "Abstract: " + text + "\n"));
        return paper.list().ofMinSize(1).ofMaxSize(10);
    }

    private static List<Path> keptObservations(Path folder) throws java.io.IOException {
        return temporaryFiles(folder, "observations");
    }

    private static List<Path> temporaryFiles(Path folder, String kind) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("abs2bib-.*\\." + kind)).toList();
        }
    }

    @Test
    void theFirstPassesFileIsDeletedWhenDoneAndWhenTheFirstPassStartsOver(@TempDir Path dir, @TempDir Path tmp) throws Exception {
        // a folder of its own: the shared temporary folder has other runs' files in it
        Path dump = Files.writeString(dir.resolve("d.txt"), "One Paper on Retrieval\nIt retrieves documents. It is "
                + "fast.\n\nAnother Paper on Agents\nIt plans with tools. It is careful.\n");
        try (StreamPlan plan = new Pipeline(Options.DEFAULT).plan(List.of(dump), tmp)) {
            assertThat(keptObservations(tmp)).hasSize(1);
            new Abs2Bib(Options.DEFAULT).write(plan, new StringWriter());
        }
        assertThat(keptObservations(tmp)).isEmpty();
        Path twice = Files.writeString(dir.resolve("t.txt"), "Same Paper\nIt says one thing. It says it well.\n\n"
                + "Same Paper\nIt says one thing. It says it well.\n");
        try (StreamPlan plan = new Pipeline(Options.DEFAULT).plan(List.of(twice), tmp)) {
            assertThat(keptObservations(tmp)).as("the first pass's, done again over the merged entries").hasSize(1);
        }
        assertThat(keptObservations(tmp)).isEmpty();
    }

    @Test
    void aFileChangedBetweenThePassesIsReportedNotMisTagged(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve("d.txt"), "One Paper on Retrieval\nIt retrieves documents. It "
                + "is fast.\n\nAnother Paper on Agents\nIt plans with tools. It is careful.\n");
        Abs2Bib abs2bib = new Abs2Bib(Options.DEFAULT);
        try (StreamPlan plan = abs2bib.stream(List.of(dump))) {
            Files.writeString(dump, "\n\nA Paper Moved Down\nIt moved. It is two lines lower.\n");
            assertThatThrownBy(() -> abs2bib.write(plan, new StringWriter())).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("d.txt").hasMessageContaining("changed while abs2bib read it");
        }
    }

    @Test
    void aTemporaryFolderThatCannotTakeTheFileIsNamedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve("d.txt"), "One Paper on Retrieval\nIt retrieves documents. It "
                + "is fast.\n");
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        assertThatThrownBy(() -> new Pipeline(Options.DEFAULT).plan(List.of(dump), notAFolder))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("cannot write the temporary file of a large dump in " + notAFolder)
                .hasMessageContaining("-Djava.io.tmpdir=");
        assertThat(Files.readString(dump)).startsWith("One Paper"); // the input is untouched
    }
}
