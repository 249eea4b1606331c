package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Every class with tests in it runs under {@code mvn verify}: Surefire picks classes by name ({@code Test*},
 * {@code *Test}, {@code *Tests}, {@code *TestCase}) and Failsafe {@code *IT} after the jar is built, so a class of
 * properties named otherwise was silently never run.
 */
class SuiteIsCompleteTest {
    @Test
    void everyClassWithTestsHasANameSurefireRuns() throws IOException {
        Path tests = Golden.projectDir().resolve("src/test/java");
        List<String> skipped;
        try (Stream<Path> files = Files.walk(tests)) {
            skipped = files.filter(f -> f.toString().endsWith(".java")).filter(SuiteIsCompleteTest::hasTests)
                    .map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(name -> !name.startsWith("Test") && !name.endsWith("Test") && !name.endsWith("Tests")
                            && !name.endsWith("TestCase") && !name.endsWith("IT")) // *IT: Failsafe, after the jar
                    .toList();
        }
        assertThat(skipped).as("classes with tests that mvn verify would not run").isEmpty();
    }

    private static boolean hasTests(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("@Test") || text.contains("@ParameterizedTest") || text.contains("@Property");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
