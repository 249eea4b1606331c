package org.abs2bib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments of a run (seeded, so a failure can be replayed): a merged library is either as
 * it was or complete, an output file either absent (or the old one) or complete, never half written. Each case
 * prints what it found, for the closing note's count.
 */
class KilledWritesTest {
    static final int KILLS = 12;

    @TempDir
    Path dir;

    /** A generated dump of 3,000 papers, so that writing its 3 MB takes long enough to be killed in the middle. */
    Path dump;

    @org.junit.jupiter.api.BeforeEach
    void makeDump() throws Exception {
        dump = dir.resolve("d.txt");
        org.abs2bib.bench.DumpGenerator.main(new String[] {"3000", dump.toString()});
    }

    /** Kill moments over the later part of a run, where it writes, and past its end. */
    private static int moment(Random random, long millis) {
        return (int) (millis * (0.3 + 0.8 * random.nextDouble()));
    }

    @Test
    void aLibraryKilledDuringMergeIsAsItWasOrComplete() throws Exception {
        String original = "@article{kept,\n  title = {A Paper the User Had},\n  year = {2019}\n}\n";
        Path complete = dir.resolve("complete.bib");
        Files.writeString(complete, original);
        long millis = timed(run("--merge", complete.toString(), dump.toString()));
        byte[] done = Files.readAllBytes(complete);
        assertThat(done.length).isGreaterThan(original.length() * 10);
        int[] outcomes = new int[2];
        Random random = new Random(7);
        for (int k = 0; k < KILLS; k++) {
            Path library = dir.resolve("library" + k + ".bib");
            Files.writeString(library, original);
            killAfter(run("--merge", library.toString(), dump.toString()), moment(random, millis));
            byte[] now = Files.readAllBytes(library);
            if (Arrays.equals(now, original.getBytes())) {
                outcomes[0]++;
            } else {
                assertThat(now).as("kill %d: the library is neither as it was nor complete", k).isEqualTo(done);
                outcomes[1]++;
            }
        }
        System.out.printf("kill -9 during --merge: %d cases, %d left as they were, %d complete, 0 damaged%n", KILLS,
                outcomes[0], outcomes[1]);
    }

    @Test
    void anOutputKilledDuringWritingIsAbsentOrComplete() throws Exception {
        Path complete = dir.resolve("complete.bib");
        long millis = timed(run(dump.toString(), "-o", complete.toString()));
        byte[] done = Files.readAllBytes(complete);
        int[] outcomes = new int[3];
        Random random = new Random(11);
        for (int k = 0; k < KILLS; k++) {
            Path out = dir.resolve("out" + k + ".bib");
            boolean existed = k % 2 == 1; // every other case replaces a file the user had, with --force
            if (existed) {
                Files.writeString(out, "% the user's older file\n");
            }
            killAfter(run(dump.toString(), "-o", out.toString(), "--force"), moment(random, millis));
            if (!Files.exists(out)) {
                assertThat(existed).as("kill %d: the older file is gone", k).isFalse();
                outcomes[0]++;
            } else if (existed && Files.readString(out).equals("% the user's older file\n")) {
                outcomes[1]++;
            } else {
                assertThat(Files.readAllBytes(out)).as("kill %d: a half-written output", k).isEqualTo(done);
                outcomes[2]++;
            }
        }
        System.out.printf("kill -9 during -o: %d cases, %d absent, %d the older file, %d complete, 0 half written%n",
                KILLS, outcomes[0], outcomes[1], outcomes[2]);
    }

    private ProcessBuilder run(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.abs2bib.cli.Main", "-q", "--tags", "none"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
    }

    private static long timed(ProcessBuilder run) throws Exception {
        long start = System.nanoTime();
        Process p = run.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void killAfter(ProcessBuilder run, int millis) throws Exception {
        Process p = run.start();
        if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
}
