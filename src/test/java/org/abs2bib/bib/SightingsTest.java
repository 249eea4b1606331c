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
import org.abs2bib.dump.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A streamed pass works out merging by a few bytes a paper: folding each paper into the one {@link Sightings} names
 * gives what {@link Duplicates#merge} gives the whole dump in memory.
 */
class SightingsTest {
    private static Reference paper(String title, String year, String eprint, String author, String text,
                                   String doi) {
        return Reference.builder().title(title).year(year).eprint(eprint).abstractText(text).doi(doi)
                .authors(author == null ? List.of() : List.of(new Name(author, "A."))).build();
    }

    private static Reference paper(String title, String year, String eprint, String author) {
        return paper(title, year, eprint, author, "", "");
    }

    /** What a streamed conversion does with the sightings: keep a paper, or fold it into the one named. */
    private static Duplicates.Result streamed(List<Reference> dump) {
        Sightings sightings = new Sightings();
        List<Reference> kept = new ArrayList<>();
        List<Integer> entryOf = new ArrayList<>();
        List<Diagnostic> notes = new ArrayList<>();
        for (Reference r : dump) {
            int first = sightings.sight(r);
            if (first < 0) {
                entryOf.add(kept.size());
                kept.add(r);
            } else {
                int entry = entryOf.get(first);
                entryOf.add(-1);
                notes.add(Duplicates.note(kept.get(entry), r));
                kept.set(entry, Duplicates.fold(kept.get(entry), r));
            }
        }
        return new Duplicates.Result(kept, notes);
    }

    @Property(tries = 500)
    void foldingWhatTheSightingsNameIsMerging(@ForAll("dumps") List<Reference> dump) {
        assertThat(streamed(dump)).isEqualTo(Duplicates.merge(dump));
    }

    @Test
    void aThirdCopyMatchingTheSecondOfTwoDifferentPapersIsFoldedIntoTheSecond() {
        Sightings sightings = new Sightings();
        assertThat(sightings.sight(paper("Deep Nets", "2020", "", "Smith"))).isEqualTo(-1);
        assertThat(sightings.sight(paper("Deep Nets", "2021", "", "Smith"))).as("another year").isEqualTo(-1);
        assertThat(sightings.sight(paper("Deep Nets", "2021", "", "SMITH"))).isEqualTo(1);
    }

    @Test
    void aCopyIsJudgedAgainstWhatEarlierCopiesFilledIn() {
        Sightings sightings = new Sightings();
        assertThat(sightings.sight(paper("Deep Nets", "", "", null))).isEqualTo(-1);
        assertThat(sightings.sight(paper("Deep Nets", "2020", "", "Smith"))).as("fills in the author").isEqualTo(0);
        assertThat(sightings.sight(paper("Deep Nets", "2020", "", "Jones"))).as("another author now").isEqualTo(-1);
        assertThat(sightings.sight(paper("Deep Nets", "2020", "2001.00001", "Jones"))).isEqualTo(2);
    }

    @Test
    void aNameIsComparedInAnyCaseBeyondTheBasicPlaneToo() {
        Sightings sightings = new Sightings();
        assertThat(sightings.sight(paper("Deep Nets", "2020", "", "\uD801\uDC00x"))).isEqualTo(-1); // Deseret
        assertThat(sightings.sight(paper("Deep Nets", "2020", "", "\uD801\uDC28x"))).isEqualTo(0);
    }

    @Test
    void aBlankFamilyNameIsAnAuthorNotNone() {
        Sightings sightings = new Sightings();
        assertThat(sightings.sight(paper("Deep Nets", "", "", "Smith"))).isEqualTo(-1);
        assertThat(sightings.sight(paper("Deep Nets", "", "", ""))).as("as Duplicates compares them").isEqualTo(
                Duplicates.compatible(paper("Deep Nets", "", "", "Smith"), paper("Deep Nets", "", "", "")) ? 0 : -1);
    }

    @Test
    void manyDifferentPapersAreAllKept() {
        Sightings sightings = new Sightings();
        for (int k = 0; k < 200_000; k++) {
            assertThat(sightings.sight(paper("Paper number " + k, "2024", "2401." + k, "Author" + k))).isEqualTo(-1);
        }
        assertThat(sightings.sight(paper("paper Number 123456", "", "", null))).isEqualTo(123_456);
    }

    @Provide
    Arbitrary<List<Reference>> dumps() {
        Arbitrary<Reference> paper = Combinators.combine(
                Arbitraries.of("Deep Nets", "Deep nets!", "Sparse Models", "On Graphs", ""),
                Arbitraries.of("", "2020", "2021"),
                Arbitraries.of("", "2401.00001", "2401.00001v2", "2402.00002"),
                Arbitraries.of("", "Smith", "smith", "Jones", "\uD801\uDC00x", "\uD801\uDC28x").injectNull(0.2),
                Arbitraries.of("", "It says one thing.", "It says another."),
                Arbitraries.of("", "", "10.1000/xyz", "10.1000/XYZ", "10.48550/arXiv.2401.00001"))
                .as(SightingsTest::paper);
        return paper.list().ofMaxSize(12);
    }
}
