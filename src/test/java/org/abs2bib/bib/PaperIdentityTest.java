package org.abs2bib.bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One definition of "the same paper", for copies in a dump and for entries of a library. */
class PaperIdentityTest {
    @Test
    void aTitleIsKnownWhateverItsMarkupCaseAndAccents() {
        assertThat(PaperIdentity.keys("{BERT}: Pre-training of Deep Transformers", "", ""))
                .isEqualTo(PaperIdentity.keys("bert - pre training of deep transformers", "", ""));
        assertThat(PaperIdentity.of(Reference.builder().title("Café LLMs").build()))
                .containsExactly("title:cafe llms");
    }

    @Test
    void anArxivIdIsKnownWithoutItsVersionAndArxivsOwnDoiAddsNothing() {
        assertThat(PaperIdentity.keys("", "2401.00001v3", "10.48550/arXiv.2401.00001"))
                .containsExactly("eprint:2401.00001");
        assertThat(PaperIdentity.keys("", "", "10.1145/ABC.123")).containsExactly("doi:10.1145/abc.123");
    }

    @Test
    void keysComeStrongestFirst() {
        assertThat(PaperIdentity.keys("A Title", "2401.00001", "10.1/x"))
                .isEqualTo(List.of("title:a title", "eprint:2401.00001", "doi:10.1/x"));
        assertThat(PaperIdentity.keys("  ", "", "")).isEmpty();
    }

    @Test
    void twoCopiesWithOnePublishersDoiAreOnePaperThoughTheirTitlesDiffer() {
        Reference a = Reference.builder().title("Deep Nets, Preprint Title").doi("10.1000/j.1").source("d.txt")
                .line(1).build();
        Reference b = Reference.builder().title("Deep Nets: Journal Title").doi("10.1000/J.1").source("d.txt")
                .line(5).build();
        assertThat(Duplicates.merge(List.of(a, b)).references()).hasSize(1);
    }
}
