package org.abs2bib.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the real Semantic Scholar and Crossref: off by default (the build excludes the "live" tag; tests reach no
 * network). Run it by hand, now and then, within the services' terms:
 * {@code mvn test -Dtest=LivePublishedTest -Dsurefire.excludedGroups=none}.
 */
@Tag("live")
class LivePublishedTest {
    @Test
    void chemCrowIsTheNatureMachineIntelligenceArticle() {
        Reference chemcrow = Reference.builder().title("ChemCrow: Augmenting large-language models with chemistry "
                + "tools").authors(List.of(Name.parse("Andres M. Bran"), Name.parse("Philippe Schwaller")))
                .year("2023").eprint("2304.05376").doi("10.48550/arXiv.2304.05376").build();
        PublishedLookup.Result r = PublishedLookup.lookUp(List.of(chemcrow),
                PublishedOptions.off(Abs2Bib.userAgent()).withEnabled(true));
        assertThat(r.report().decisions().get(0).reason()).startsWith("confirmed by Crossref");
        assertThat(r.references().get(0).journal().name()).isEqualTo("Nature Machine Intelligence");
        assertThat(r.references().get(0).year()).isEqualTo("2024");
        assertThat(r.report().requests()).isEqualTo(2);
    }
}
