package org.abs2bib.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References kept on disk come back field for field, by position, and the file goes when closed. */
class ReferenceFileTest {
    @Test
    void everyFieldComesBackAsItWasByPosition(@TempDir Path dir) throws Exception {
        Reference full = new Reference("key", "T\u00EDtle \uD83D\uDE00 with a lone \uD800", "An abstract.",
                List.of(new Name("M\u00FCller", "Anna", "Jr."), new Name("Li", "")), "2024", "2401.00001v2", "cs.CL",
                "10.1000/x", "https://example.org", "Nature 1 (2024)", List.of("a", "b"), "d.txt", 42,
                new Reference.Journal("Nature", "1", "2", "3-4"), "12345", "Proc. X", "ACM");
        Reference bare = Reference.builder().title("Bare").build();
        try (ReferenceFile file = ReferenceFile.create(dir)) {
            long first = file.append(full);
            long second = file.append(bare);
            long third = file.append(full.toBuilder().abstractText("x".repeat(100_000)).build());
            assertThat(file.read(second)).isEqualTo(bare);
            assertThat(file.read(first)).isEqualTo(full);
            assertThat(file.read(third).abstractText()).hasSize(100_000);
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
