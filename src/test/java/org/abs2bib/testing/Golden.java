package org.abs2bib.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept beside its input. {@code mvn test -Dabs2bib.regenerate=true} rewrites them from
 * what the tool makes now; a person then reads the diff before committing it.
 */
public final class Golden {
    private Golden() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("abs2bib.projectDir", "."));
    }

    public static void assertMatches(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean("abs2bib.regenerate")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden file %s (regenerate with -Dabs2bib.regenerate=true, then read the diff)",
                expected).exists();
        assertThat(actual).as("output for %s; regenerate with -Dabs2bib.regenerate=true and read the diff", expected)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
