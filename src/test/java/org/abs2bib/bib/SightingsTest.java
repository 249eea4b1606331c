package org.abs2bib.bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A streamed pass notices every paper that merging would fold into an earlier one, in a few bytes a paper. */
class SightingsTest {
    private static Reference paper(String title, String year, String eprint, String author) {
        return Reference.builder().title(title).year(year).eprint(eprint)
                .authors(author.isEmpty() ? List.of() : List.of(new Name(author, "A."))).build();
    }

    /** The rule, written plainly: an earlier paper shares an identity and nothing both give disagrees. */
    private static boolean seenBefore(List<Reference> earlier, Reference r) {
        return earlier.stream().anyMatch(e -> PaperIdentity.of(e).stream().anyMatch(PaperIdentity.of(r)::contains)
                && Duplicates.compatible(e, r));
    }

    @Property(tries = 300)
    void aPaperIsSeenExactlyWhenAnEarlierOneCouldBeItsCopy(@ForAll("dumps") List<Reference> dump) {
        Sightings sightings = new Sightings();
        List<Reference> earlier = new ArrayList<>();
        for (Reference r : dump) {
            assertThat(sightings.firstSighting(r)).as("%s after %s", r, earlier).isEqualTo(!seenBefore(earlier, r));
            earlier.add(r);
        }
    }

    @Property(tries = 300)
    void whatMergingFoldsIsNeverMissed(@ForAll("dumps") List<Reference> dump) {
        boolean merges = !Duplicates.merge(dump).merged().isEmpty();
        Sightings sightings = new Sightings();
        boolean noticed = false;
        for (Reference r : dump) {
            noticed |= !sightings.firstSighting(r);
        }
        if (merges) {
            assertThat(noticed).isTrue();
        }
    }

    @Test
    void aThirdCopyMatchingTheSecondOfTwoDifferentPapersIsSeen() {
        Sightings sightings = new Sightings();
        assertThat(sightings.firstSighting(paper("Deep Nets", "2020", "", "Smith"))).isTrue();
        assertThat(sightings.firstSighting(paper("Deep Nets", "2021", "", "Smith"))).as("another year").isTrue();
        assertThat(sightings.firstSighting(paper("Deep Nets", "2021", "", "SMITH"))).isFalse();
    }

    @Test
    void aNameIsComparedInAnyCaseBeyondTheBasicPlaneToo() {
        Sightings sightings = new Sightings();
        assertThat(sightings.firstSighting(paper("Deep Nets", "2020", "", "\uD801\uDC00x"))).isTrue(); // Deseret
        assertThat(sightings.firstSighting(paper("Deep Nets", "2020", "", "\uD801\uDC28x"))).isFalse();
    }

    @Test
    void manyDifferentPapersAreAllFirstSightings() {
        Sightings sightings = new Sightings();
        for (int k = 0; k < 200_000; k++) {
            assertThat(sightings.firstSighting(paper("Paper number " + k, "2024", "2401." + k, "Author" + k)))
                    .isTrue();
        }
        assertThat(sightings.firstSighting(paper("paper Number 123456", "", "", ""))).isFalse();
    }

    @Provide
    Arbitrary<List<Reference>> dumps() {
        Arbitrary<Reference> paper = Combinators.combine(
                Arbitraries.of("Deep Nets", "Deep nets!", "Sparse Models", "On Graphs", ""),
                Arbitraries.of("", "2020", "2021"),
                Arbitraries.of("", "2401.00001", "2401.00001v2", "2402.00002"),
                Arbitraries.of("", "Smith", "smith", "Jones", "\uD801\uDC00x", "\uD801\uDC28x"))
                .as(SightingsTest::paper);
        return paper.list().ofMaxSize(12);
    }
}
