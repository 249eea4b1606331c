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
        String expectedText = Files.readString(expected, StandardCharsets.UTF_8);
        if (!actual.equals(expectedText)) {
            // report the first differing line: whole files in a message are unreadable
            String[] a = actual.split("\n", -1);
            String[] e = expectedText.split("\n", -1);
            int k = 0;
            while (k < a.length && k < e.length && a[k].equals(e[k])) {
                k++;
            }
            assertThat(k < a.length ? a[k] : "<end of output>")
                    .as("%s line %d differs (regenerate with -Dabs2bib.regenerate=true, then read the diff)",
                            expected, k + 1)
                    .isEqualTo(k < e.length ? e[k] : "<end of file>");
        }
    }
}
