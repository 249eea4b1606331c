package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

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

    @ParameterizedTest
    @MethodSource("dumps")
    void writesWhatTheInMemoryConversionWrites(Path dump) throws Exception {
        for (Options o : OPTIONS) {
            Abs2Bib abs2bib = new Abs2Bib(o);
            Dump read;
            try (var in = Files.newInputStream(dump)) {
                read = Abs2Bib.read(in, dump.toString());
            }
            StringWriter inMemory = new StringWriter();
            abs2bib.write(abs2bib.convert(List.of(read)), inMemory);
            StreamingConversion plan = StreamingConversion.plan(abs2bib, List.of(dump)).orElseThrow();
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
        StreamingConversion.plan(new Abs2Bib(Options.DEFAULT), List.of(a, b)).orElseThrow().write(out);
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
}
