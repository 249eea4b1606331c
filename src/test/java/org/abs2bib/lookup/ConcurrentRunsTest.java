package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.ArxivStandIn.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs at once (a Makefile with -j, two terminals) share arXiv's pause and the cache: arXiv never sees two
 * requests from this machine closer than the pause, and the cache keeps both runs' answers, not the last writer's.
 */
class ConcurrentRunsTest {
    static final long PAUSE_MILLIS = 300;

    @TempDir
    Path dir;

    @Test
    void twoProcessesTakeTurnsWithArxivAndBothAnswersAreCached() throws Exception {
        Path cache = dir.resolve("cache");
        try (ArxivStandIn arxiv = new ArxivStandIn(PAUSE_MILLIS)) {
            List<Process> runs = new ArrayList<>();
            for (String run : List.of("a", "b")) {
                StringBuilder dump = new StringBuilder();
                for (int k = 0; k < 2 * ArxivLookup.TITLES_PER_QUERY; k++) { // two requests a run, so they take turns
                    String title = "Sparse Experts for Topic " + run + k + " in Long Documents";
                    arxiv.add(Entry.of(String.format("2401.%05d", (run.equals("a") ? 0 : 100) + k), title,
                            "2024-01-01", "Author " + run + k));
                    dump.append(title).append("\nWe study it. We find that it works on three benchmarks.\n\n");
                }
                Path input = Files.writeString(dir.resolve(run + ".txt"), dump.toString());
                runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "org.abs2bib.cli.Main", "-q", "--arxiv",
                        "--arxiv-url", arxiv.endpoint().toString(), "--arxiv-delay", String.valueOf(PAUSE_MILLIS / 1000.0),
                        "--cache", cache.toString(), input.toString(), "-o", dir.resolve(run + ".bib").toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve(run + ".log").toFile()).start());
            }
            for (Process p : runs) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(Files.readString(dir.resolve((runs.indexOf(p) == 0 ? "a" : "b") + ".log")))
                        .isZero();
            }
            assertThat(arxiv.requests()).as("both runs asked arXiv").isGreaterThanOrEqualTo(4);
            assertThat(arxiv.violations()).as("requests closer than the pause; shortest gap %d ms",
                    arxiv.shortestGapMillis()).isZero();
        }
        List<String> warnings = new ArrayList<>();
        ArxivCache both = ArxivCache.in(cache, Clock.systemUTC(), warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(both.record("2401.00000")).as("run a's answer").isPresent();
        assertThat(both.record("2401.00100")).as("run b's answer").isPresent();
        assertThat(Files.readString(dir.resolve("a.bib"))).contains("a0, Author");
        assertThat(Files.readString(dir.resolve("b.bib"))).contains("b29, Author");
    }

    @Test
    void twoCachesSavedOneAfterTheOtherKeepBothRunsAnswers() throws Exception {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        List<String> warnings = new ArrayList<>();
        ArxivCache first = ArxivCache.in(cache, Clock.systemUTC(), warnings::add);
        ArxivCache second = ArxivCache.in(cache, Clock.systemUTC(), warnings::add); // read before first saves
        first.putRecord(record("2401.00001", "First Run's Paper"));
        second.putRecord(record("2401.00002", "Second Run's Paper"));
        first.save();
        second.save();
        ArxivCache after = ArxivCache.in(cache, Clock.systemUTC(), warnings::add);
        assertThat(after.record("2401.00001")).isPresent();
        assertThat(after.record("2401.00002")).isPresent();
        assertThat(warnings).isEmpty();
    }

    private static ArxivRecord record(String id, String title) {
        return new ArxivRecord(id, 1, title, List.of("Ann Lee"), "2024-01-01T00:00:00Z", "cs.CL", List.of("cs.CL"), "",
                "");
    }
}
