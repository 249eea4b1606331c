package org.abs2bib.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.PasteCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each paste of the corpus changed the ways a copy changes on its way (Windows line ends, a byte order mark, trailing
 * spaces, doubled blank lines, blank lines of no-break spaces, the whole paste forwarded in a mail): the reader must
 * find the same papers with the same fields. None of these variants is in the corpus the rules were written on.
 */
class PasteVariantsTest {
    private static final List<Variant> VARIANTS = List.of(
            new Variant("CRLF line ends", t -> t.replace("\r\n", "\n").replace("\n", "\r\n")),
            new Variant("a byte order mark", t -> t.startsWith("\uFEFF") ? t : "\uFEFF" + t),
            new Variant("trailing spaces", t -> t.replaceAll("(?m)$", "  ")),
            new Variant("doubled blank lines", t -> t.replaceAll("\n\n", "\n\n\n")),
            new Variant("blank lines of no-break spaces", t -> t.replaceAll("\n\n", "\n\u00A0\n")),
            new Variant("forwarded in a mail", t -> "---------- Forwarded message ---------\nFrom: A Colleague "
                    + "<a@example.org>\nSubject: Fwd: papers\n\n" + t.replaceAll("(?m)^", "> ")));

    private record Variant(String name, UnaryOperator<String> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        return PasteCorpus.pastes(Golden.projectDir().resolve("src/test/resources/pastes")).stream()
                .filter(p -> !p.getParent().getFileName().toString().equals("spreadsheet")) // a table is no mail
                .flatMap(p -> VARIANTS.stream().map(v -> Arguments.of(p, v)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void variantGivesTheSamePapers(Path paste, Variant variant) throws IOException, DumpException {
        String text = Files.readString(paste, StandardCharsets.UTF_8);
        List<Paper> original = PasteCorpus.read(paste).papers();
        byte[] changed = variant.change().apply(text).getBytes(StandardCharsets.UTF_8);
        List<Paper> got = DumpReader.read(new ByteArrayInputStream(changed), paste.getFileName().toString()).papers();
        assertThat(got.stream().map(PasteVariantsTest::fields).toList())
                .isEqualTo(original.stream().map(PasteVariantsTest::fields).toList());
    }

    /** What a paper is, without the line it stood on (a forwarded mail moves every line). */
    private static List<Object> fields(Paper p) {
        return List.of(p.title(), p.abstractText(), p.authors(), p.arxivId(), p.doi(), p.pmid(), p.citation());
    }
}
