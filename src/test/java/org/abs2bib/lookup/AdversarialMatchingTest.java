package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.Reference;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.ArxivStandIn.Entry;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of matching on a corpus built to mislead: near-duplicate titles, two papers with one title,
 * LaTeX in titles, non-ASCII authors, old-style ids, a revised paper whose latest version is of a later year, a
 * journal DOI, a title that is not on arXiv at all. Each dump paper states the id it must get, or none.
 */
class AdversarialMatchingTest {
    /** A dump paper and the arXiv id it must be matched to ("" = must stay unmatched). */
    record Case(String dumpBlock, String expectedId, String what) {
    }

    static final List<Case> CASES = List.of(
            new Case("Title: Attention Is All You Need", "1706.03762", "exact title beside a near duplicate"),
            new Case("Title: Attention Is Not All You Need", "2103.03404", "the near duplicate itself"),
            new Case("Title: Scaling Laws for Neural Language Model", "", "near match without authors: refused"),
            new Case("Title: Scaling Law for Neural Language Models\nAuthors: Jared Kaplan", "2001.08361",
                    "near match confirmed by the dump's author"),
            new Case("Title: Deep Learning", "", "two arXiv papers share the title: ambiguous"),
            new Case("Title: Deep Learning\nAuthors: Bo Jones", "1901.00002", "the dump's author chooses"),
            new Case("Title: Se^2: Sequential Example Selection for In-Context Learning", "2402.13874",
                    "LaTeX title on arXiv ($Se^2$)"),
            new Case("Title: AdapterHub: A Framework for Adapting Transformers", "2007.07779",
                    "non-ASCII authors"),
            new Case("Title: From stripe to checkerboard order on the square lattice in the presence of quenched "
                    + "disorder", "cond-mat/0603029", "old-style id"),
            new Case("Title: Revised Paper About Graphs", "1712.00001", "revised in a later year"),
            new Case("Title: A Paper Published in a Journal", "1805.00003", "journal DOI"),
            new Case("Title: A Paper That Is Not on arXiv at All", "", "not on arXiv"),
            new Case("Title: Language Models are Few-Shot Learners\nAuthors: Somebody Else", "",
                    "exact title but the dump's author disagrees"));

    static ArxivStandIn corpus() {
        ArxivStandIn s = new ArxivStandIn(20);
        s.add(Entry.of("1706.03762", "Attention Is All You Need", "2017-06-12", "Ashish Vaswani", "Noam Shazeer"));
        s.add(Entry.of("2103.03404", "Attention is Not All You Need", "2021-03-05", "Yihe Dong"));
        s.add(Entry.of("2001.08361", "Scaling Laws for Neural Language Models", "2020-01-23", "Jared Kaplan"));
        s.add(Entry.of("1801.00001", "Deep Learning", "2018-01-01", "Ann Smith"));
        s.add(Entry.of("1901.00002", "Deep Learning", "2019-01-01", "Bo Jones"));
        s.add(Entry.of("2402.13874", "$Se^2$: Sequential Example Selection for In-Context Learning", "2024-02-21",
                "Haoyu Liu"));
        s.add(Entry.of("2007.07779", "AdapterHub: A Framework for Adapting Transformers", "2020-07-15",
                "Jonas Pfeiffer", "Andreas Rücklé", "Ivan Vulić"));
        s.add(Entry.of("cond-mat/0603029", "From stripe to checkerboard order on the square lattice in the presence "
                + "of quenched disorder", "2006-03-02", "Adrian Del Maestro"));
        s.add(new Entry("1712.00001", 3, "Revised Paper About Graphs", List.of("Grace Hopper"), "2017-12-01",
                "2023-05-01", List.of("cs.DM"), "", ""));
        s.add(new Entry("1805.00003", 2, "A Paper Published in a Journal", List.of("Jo Doe"), "2018-05-01",
                "2019-01-01", List.of("cs.LG"), "10.1000/journal.123", "J. Things 12 (2019) 3-4"));
        s.add(Entry.of("2005.14165", "Language Models are Few-Shot Learners", "2020-05-28", "Tom B. Brown"));
        return s;
    }

    @Test
    void noWrongMatchAndTheRecallThatLeaves() throws Exception {
        StringBuilder dump = new StringBuilder();
        for (Case c : CASES) {
            dump.append(c.dumpBlock()).append("\nAbstract: Some abstract text for this paper, one sentence long.\n\n");
        }
        try (ArxivStandIn arxiv = corpus()) {
            ArxivClient.Settings client = ArxivClient.Settings.defaults("abs2bib-test").withEndpoint(arxiv.endpoint())
                    .withMinInterval(Duration.ofMillis(20));
            // the dump holds "Deep Learning" twice on purpose: keep both, this test is about matching
            Options o = Options.DEFAULT.withMergeDuplicates(false).withLookup(LookupOptions.off("t").withEnabled(true)
                    .withClient(client).withCacheDirectory(null));
            Conversion c = new Abs2Bib(o).convert(List.of(Abs2Bib.read(new StringReader(dump.toString()), "adv.txt")));
            List<Reference> refs = c.references();
            assertThat(refs).hasSize(CASES.size());
            int correct = 0;
            int wrong = 0;
            int matchable = 0;
            List<String> rows = new ArrayList<>();
            for (int k = 0; k < CASES.size(); k++) {
                Case cs = CASES.get(k);
                String got = refs.get(k).eprint();
                if (!cs.expectedId().isEmpty()) {
                    matchable++;
                }
                if (!got.isEmpty()) {
                    if (got.equals(cs.expectedId())) {
                        correct++;
                    } else {
                        wrong++;
                    }
                }
                rows.add(String.format(Locale.ROOT, "  %-45s expected %-17s got %-17s %s", cs.what(),
                        cs.expectedId().isEmpty() ? "(none)" : cs.expectedId(), got.isEmpty() ? "(none)" : got,
                        got.isEmpty() ? c.lookup().orElseThrow().matches().get(k).reason() : ""));
            }
            System.out.printf(Locale.ROOT, "adversarial matching: precision %d/%d, recall %d/%d%n", correct,
                    correct + wrong, correct, matchable);
            rows.forEach(System.out::println);
            for (int k = 0; k < CASES.size(); k++) {
                assertThat(refs.get(k).eprint()).as(CASES.get(k).what()).isEqualTo(CASES.get(k).expectedId());
            }
            Reference revised = refs.get(9);
            assertThat(revised.year()).isEqualTo("2017");
            assertThat(refs.get(10).doi()).isEqualTo("10.1000/journal.123");
            assertThat(refs.get(7).authors().get(1).family()).isEqualTo("Rücklé");
            assertThat(refs.get(7).key()).isEqualTo("pfeiffer2020adapterhub");
            // "Adrian Del Maestro": a capitalised "Del" is a given name to BibTeX too, which takes lower-case words only
            // as the von part
            assertThat(refs.get(8).key()).isEqualTo("maestro2006stripe");
        }
    }
}
