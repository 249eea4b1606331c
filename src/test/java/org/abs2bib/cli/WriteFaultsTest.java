package org.abs2bib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output's failure is named and exits non-zero: standard output on a full disk, a closed pipe, a file on a
 * full disk, a path where no file can be made. Never "written" for output that was lost, never a temporary file's
 * name, never a damaged file that was there before.
 */
class WriteFaultsTest {
    static final Path SAMPLE = Golden.projectDir().resolve("bib/trending-papers.txt");
    static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path dir;

    @Test
    void standardOutputOnAFullDiskIsAnErrorNotASuccess() throws IOException {
        assumeTrue(Files.exists(FULL), "/dev/full is Linux's: not on this system");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream full = new PrintStream(new FileOutputStream(FULL.toFile()), true, StandardCharsets.UTF_8)) {
            exit = Main.run(new String[] {SAMPLE.toString()}, new ByteArrayInputStream(new byte[0]), full,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isEqualTo(1);
        assertThat(said).contains("abs2bib: standard output: cannot be written")
                .doesNotContain("written to standard output");
    }

    /** The real process, whose standard output Java's PrintStream would have hidden the failure of. */
    @Test
    void theProcessesOwnStandardOutputOnAFullDiskExitsNonZero() throws Exception {
        assumeTrue(Files.exists(FULL), "/dev/full is Linux's: not on this system");
        Process p = command(SAMPLE.toString()).redirectOutput(FULL.toFile()).start();
        String said = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("standard output: cannot be written (No space left on device)")
                .doesNotContain("written to standard output");
    }

    @Test
    void aReaderThatStopsReadingEndsTheRunQuietly() throws Exception {
        Process p = command(SAMPLE.toString()).start();
        try (InputStream out = p.getInputStream()) {
            assertThat(out.readNBytes(100)).hasSize(100); // head -c 100
        }
        String said = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isEqualTo(Main.READER_GONE);
        assertThat(said).doesNotContain("written to").doesNotContain("abs2bib: standard output");
    }

    @Test
    void aPathWhereNoFileCanBeMadeIsNamedAsGiven() {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc here");
        CliTest.Result r = CliTest.run(SAMPLE.toString(), "-o", "/proc/x.bib");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("abs2bib: /proc/x.bib: cannot be written (no file can be created in /proc)")
                .doesNotContain(".tmp");
    }

    @Test
    void aFileOnAFullDiskIsNamedAndTheFileThatWasThereIsKept() throws Exception {
        String[] why = new String[1];
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 256, why)) {
            assumeTrue(disk != null, () -> why[0]);
            Path out = disk.folder().resolve("out.bib");
            Files.writeString(out, "% the user's file\n");
            Path report = disk.folder().resolve("report.json");
            disk.fillLeaving(16 * 1024);
            CliTest.Result r = CliTest.run(SAMPLE.toString(), "-o", out.toString(), "--force");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("abs2bib: " + out + ": cannot be written (No space left on device); free "
                    + "some space there").doesNotContain(".tmp").doesNotContain("written to");
            assertThat(Files.readString(out)).isEqualTo("% the user's file\n");
            try (var files = Files.list(disk.folder())) {
                assertThat(files.map(f -> f.getFileName().toString()).toList())
                        .containsExactlyInAnyOrder("out.bib", ".filler");
            }

            // the main output fits elsewhere, the report does not: still a failure, naming the report
            disk.fillLeaving(0);
            CliTest.Result rep = CliTest.run(SAMPLE.toString(), "-o", dir.resolve("ok.bib").toString(), "--report",
                    report.toString());
            assertThat(rep.exit()).isEqualTo(1);
            assertThat(rep.err()).contains("abs2bib: " + report + ": cannot be written");
            assertThat(report).doesNotExist();
        }
    }

    @Test
    void aLibraryMergedOnAFullDiskIsLeftAsItWas() throws Exception {
        String[] why = new String[1];
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 256, why)) {
            assumeTrue(disk != null, () -> why[0]);
            Path library = disk.folder().resolve("library.bib");
            String text = "@article{a,\n  title = {A Paper Already Here},\n  year = {2020}\n}\n";
            Files.writeString(library, text);
            disk.fillLeaving(8 * 1024);
            CliTest.Result r = CliTest.run(SAMPLE.toString(), "--merge", library.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("abs2bib: " + library + ": cannot be written (No space left on device)");
            assertThat(Files.readString(library)).isEqualTo(text);
        }
    }

    private static ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.abs2bib.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }
}
