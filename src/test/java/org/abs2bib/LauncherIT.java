package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.ExternalTool.Run;
import org.abs2bib.testing.Golden;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./abs2bib} launcher as users run it, after the jar is built: the README's command gives the bundled
 * output; a link to it on PATH works from any folder; a garbage collector named in the JVM options the user sets
 * replaces the launcher's own (two would stop the JVM: "Multiple garbage collectors selected"); the archive made
 * once per build is the kind the JDK can use, and a run with it writes the bundled output, on standard output too.
 */
class LauncherIT {
    static final Path LAUNCHER = Golden.projectDir().resolve("abs2bib");

    @TempDir
    Path dir;

    private Run launch(Map<String, String> env, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = LAUNCHER.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return ExternalTool.run(dir, 120, env, command);
    }

    @Test
    void theReadmeCommandWritesTheBundledOutput() throws Exception {
        Path out = dir.resolve("trending-papers.bib");
        Run run = launch(Map.of(), Golden.projectDir().resolve("bib/trending-papers.txt").toString(), "-o",
                out.toString(), "--force");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("234 entries written");
        assertThat(Files.readString(out)).isEqualTo(Files.readString(Golden.projectDir()
                .resolve("bib/trending-papers.bib")));
    }

    @Test
    void aCollectorTheUserNamesReplacesTheLaunchersOwn() throws Exception {
        for (Map.Entry<String, String> choice : List.of(Map.entry("ABS2BIB_JAVA_OPTS", "-XX:+UseG1GC"),
                Map.entry("ABS2BIB_JAVA_OPTS", "-Xmx256m -XX:+UseParallelGC"),
                Map.entry("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC"), Map.entry("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC"),
                Map.entry("ABS2BIB_JAVA_OPTS", "-XX:-UseGCOverheadLimit"))) {
            Map<String, String> env = new HashMap<>(Map.of(choice.getKey(), choice.getValue()));
            Run version = launch(env, "--version");
            assertThat(version.exit()).as("%s=%s: %s", choice.getKey(), choice.getValue(), version.output()).isZero();
            assertThat(version.output()).contains("abs2bib ").doesNotContain("garbage collectors");
            Run convert = launch(env, "-q", "--tags", "none", Golden.projectDir().resolve("bib/trending-papers.txt")
                    .toString());
            assertThat(convert.exit()).as("%s=%s: %s", choice.getKey(), choice.getValue(), convert.output()).isZero();
        }
    }

    @Test
    void aLinkOnThePathFindsTheJarBesideTheRealScript() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("abs2bib"), LAUNCHER);
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Run run = ExternalTool.run(dir, 120, env, "sh", "-c", "cd / && abs2bib --version");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("abs2bib ");
    }

    /**
     * A copy of the launcher with the built jar and the sample, so that the archives it makes are its own and the
     * project's target folder is left as it was.
     */
    private Path copyOfTheApp() throws Exception {
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("target"));
        Files.createDirectories(app.resolve("bib"));
        Path project = Golden.projectDir();
        Files.copy(LAUNCHER, app.resolve("abs2bib"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(project.resolve("target/abs2bib.jar"), app.resolve("target/abs2bib.jar"));
        Files.copy(project.resolve("bib/trending-papers.txt"), app.resolve("bib/trending-papers.txt"));
        return app;
    }

    /** Converts the sample to standard output through the copy, with {@code javaBin} first on PATH. */
    private String convertToStandardOutput(Path app, Path javaBin) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", javaBin + ":" + System.getenv("PATH"));
        Path out = dir.resolve("stdout.bib");
        // without the user's settings, which would change what the launcher makes or have the JVM print a note
        Run run = ExternalTool.run(dir, 180, env, "env", "-u", "ABS2BIB_NO_CDS", "-u", "ABS2BIB_JAVA_OPTS", "-u",
                "JAVA_TOOL_OPTIONS", "-u", "JDK_JAVA_OPTIONS", "sh", "-c", "'" + app.resolve("abs2bib") + "' -q '"
                + app.resolve("bib/trending-papers.txt") + "' > '" + out + "'");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).as("nothing on standard error").isEmpty();
        return Files.readString(out);
    }

    private static String bundled() throws Exception {
        return Files.readString(Golden.projectDir().resolve("bib/trending-papers.bib"));
    }

    @Test
    void onTheTestsJdkTheLauncherMakesTheArchiveItCanUseAndTheOutputStaysClean() throws Exception {
        Path app = copyOfTheApp();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        boolean aheadOfTime = Runtime.version().feature() >= 25;
        assertThat(convertToStandardOutput(app, javaBin)).isEqualTo(bundled());
        assertThat(app.resolve(aheadOfTime ? "target/abs2bib.aot" : "target/abs2bib.jsa")).as("made by the first run")
                .isNotEmptyFile();
        assertThat(app.resolve(aheadOfTime ? "target/abs2bib.jsa" : "target/abs2bib.aot")).doesNotExist();
        assertThat(convertToStandardOutput(app, javaBin)).as("with the archive").isEqualTo(bundled());
    }

    @Test
    void onJdk25TheLauncherMakesAnAheadOfTimeCacheAndMakesTheArchiveAgainForAnotherJdk() throws Exception {
        Path javaBin;
        try (Stream<Path> jdks = Files.isDirectory(Path.of("/usr/lib/jvm")) ? Files.list(Path.of("/usr/lib/jvm"))
                : Stream.empty()) {
            javaBin = jdks.filter(p -> p.getFileName().toString().matches("(temurin|java|jdk|openjdk)-?(2[5-9]|[3-9][0-9])(\\D.*)?"))
                    .map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("java"))).sorted()
                    .findFirst().orElse(null);
        }
        Assumptions.assumeTrue(javaBin != null, "no JDK 25 or later in /usr/lib/jvm: the ahead-of-time cache is not tried");
        Path app = copyOfTheApp();
        assertThat(convertToStandardOutput(app, javaBin)).isEqualTo(bundled());
        assertThat(app.resolve("target/abs2bib.aot")).as("made by the first run").isNotEmptyFile();
        assertThat(app.resolve("target/abs2bib.jsa")).doesNotExist();
        assertThat(convertToStandardOutput(app, javaBin)).as("with the cache").isEqualTo(bundled());

        Path testsJdk = Path.of(System.getProperty("java.home"), "bin");
        Assumptions.assumeTrue(Runtime.version().feature() < 25, "the tests' JDK makes the same kind of archive");
        assertThat(convertToStandardOutput(app, testsJdk)).as("back on the tests' JDK").isEqualTo(bundled());
        assertThat(app.resolve("target/abs2bib.jsa")).as("the archive made again for the JDK in use").isNotEmptyFile();
        assertThat(app.resolve("target/abs2bib.aot")).doesNotExist();
    }
}
