package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.abs2bib.cli.CliRunner;
import org.abs2bib.testing.Golden;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile inputs in src/test/resources/hostile, each with its expected end written down in EXPECTED.tsv: a
 * valid .bib (with warnings where something was odd) or a clear error and exit code. Whatever happens: no stack
 * trace, the input untouched, no file but the output, and the output either whole or absent.
 */
class HostileInputTest {
    static final Path DIR = Golden.projectDir().resolve("src/test/resources/hostile");

    record Case(String file, int exit, int entries, String message, String what) {
        @Override
        public String toString() {
            return file + " (" + what + ")";
        }
    }

    static Stream<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("EXPECTED.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            cases.add(new Case(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4]));
        }
        return cases.stream();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsAsWrittenDown(Case c) throws Exception {
        Path in = dir.resolve(c.file());
        Files.copy(DIR.resolve(c.file()), in);
        Files.setLastModifiedTime(in, FileTime.fromMillis(1_000_000_000_000L));
        byte[] original = Files.readAllBytes(in);
        Path out = dir.resolve("out.bib");

        CliRunner.Result r = CliRunner.run(in.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(c.exit());
        assertThat(r.err()).contains(c.message()).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(Files.readAllBytes(in)).isEqualTo(original);
        assertThat(Files.getLastModifiedTime(in).toMillis()).isEqualTo(1_000_000_000_000L);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    c.exit() == 0 ? List.of(c.file(), "out.bib") : List.of(c.file()));
        }
        if (c.exit() != 0) {
            assertThat(r.err().lines().filter(l -> !l.contains("warning:"))).singleElement().asString()
                    .startsWith("abs2bib: " + in);
            return;
        }
        String bib = Files.readString(out, StandardCharsets.UTF_8);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertThat(db.getEntries()).hasSize(c.entries());
        for (BibTeXEntry e : db.getEntries().values()) {
            for (var field : e.getFields().entrySet()) {
                // BibTeX reads braces by depth: a field may never close more than it opened ("}{" counts equal)
                assertThat(bracesNest(field.getValue().toUserString())).as("%s of %s", field.getKey(),
                        e.getKey()).isTrue();
            }
        }
        // what was written, not only that something parses: each input that converts has its .bib beside it
        Golden.assertMatches(DIR.resolve(c.file().replaceFirst("\\.txt$", ".bib")), bib);
        Path again = dir.resolve("again.bib");
        assertThat(CliRunner.run(in.toString(), "-o", again.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(again)).as("converting twice gives the same bytes")
                .isEqualTo(Files.readAllBytes(out));
    }

    /** As BibTeX reads a field: every brace counts, escaped or not, and depth never goes below zero. */
    private static boolean bracesNest(String value) {
        int depth = 0;
        for (char ch : value.toCharArray()) {
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
