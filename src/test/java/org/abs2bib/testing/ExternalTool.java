package org.abs2bib.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the programs that read our output (biber, bibtex, pdflatex, pandoc, jabref). Where one is missing the test is
 * skipped with a message on a laptop, and fails when {@code -Dabs2bib.requireTools=true} (CI sets it).
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** The result of one run. */
    public record Run(int exit, String output) {
    }

    public static Path require(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = name + " is not installed; install it (see .ci/run) to run this test";
        if (Boolean.getBoolean("abs2bib.requireTools")) {
            fail(message + " — abs2bib.requireTools is set, so a missing tool is a failure");
        }
        Assumptions.abort(message);
        return null;
    }

    /** Runs a command in {@code dir}, merging stderr into the output, killed after {@code seconds}. */
    public static Run run(Path dir, int seconds, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile(dir, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            fail(String.join(" ", cmd) + " did not finish in " + seconds + " s; output:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
    }

    public static Run run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, 300, Map.of(), command);
    }
}
