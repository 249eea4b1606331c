package org.abs2bib.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.Paper;
import org.abs2bib.lookup.ArxivClient;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.VenueStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample, 234 papers, through {@code --arxiv} and {@code --published} against both stand-ins. Semantic
 * Scholar knows most of them; a third were published at a DOI-less conference, a fifth in a journal with a DOI, and
 * the rest carry a pitfall each (a workshop, a CoRR key with a conference venue name, the arXiv DOI only, another
 * paper's authors, a key dated years later, no record). Every confirmable paper is upgraded, no other, in two
 * requests; a re-run asks nothing.
 */
class SamplePublishedTest {
    @TempDir
    Path dir;

    @Test
    void theSampleIsUpgradedWhereConfirmedInTwoRequests() throws Exception {
        Path sample = Golden.projectDir().resolve("bib/trending-papers.txt");
        Dump dump;
        try (var in = Files.newInputStream(sample)) {
            dump = Abs2Bib.read(in, "trending-papers.txt");
        }
        LatexText plain = new LatexText(false);
        Map<String, String> expected = new HashMap<>(); // arXiv id -> venue, or absent for "stays the preprint"
        try (ArxivStandIn arxiv = new ArxivStandIn(5); VenueStandIn services = new VenueStandIn()) {
            int k = 0;
            for (Paper p : dump.papers()) {
                String id = String.format("2401.%05d", k);
                String author = "Author" + (char) ('a' + k % 26) + " Family" + k;
                arxiv.add(ArxivStandIn.Entry.of(id, plain.title(p.title()).plain(), "2024-01-15", author));
                String title = p.title();
                switch (k % 15) {
                    case 0, 3, 6, 9, 12 -> {
                        services.s2(VenueStandIn.s2Paper(id, title, "International Conference on Learning "
                                + "Representations", "", "conf/iclr/Family" + k + "25", "", author));
                        expected.put(id, "The Thirteenth International Conference on Learning Representations");
                    }
                    case 1, 4, 7 -> {
                        String doi = "10.1000/journal." + k;
                        services.s2(VenueStandIn.s2Paper(id, title, "Journal of Things", doi, "", "", author));
                        services.crossref(VenueStandIn.crossrefWork(doi, "journal-article", title, "Journal of Things",
                                2025, "1-20", "Publisher", "Family" + k));
                        expected.put(id, "Journal of Things");
                    }
                    case 2 -> services.s2(VenueStandIn.s2Paper(id, title, "NeurIPS 2024 Workshop on Agents", "",
                            "conf/nips/Family" + k + "24", "", author));
                    case 5 -> services.s2(VenueStandIn.s2Paper(id, title, "Neural Information Processing Systems", "",
                            "journals/corr/abs-2401-" + k, "", author));
                    case 8 -> services.s2(VenueStandIn.s2Paper(id, title, "arXiv.org", "", "", "", author));
                    case 10 -> services.s2(VenueStandIn.s2Paper(id, title, "International Conference on Learning "
                            + "Representations", "", "conf/iclr/Other" + k + "25", "", "Someone Else"));
                    case 11 -> services.s2(VenueStandIn.s2Paper(id, title, "International Conference on Machine "
                            + "Learning", "", "conf/icml/Family" + k + "29", "", author));
                    default -> { } // unknown to Semantic Scholar: null in the batch
                }
                k++;
            }
            ArxivClient.Settings client = ArxivClient.Settings.defaults("t").withEndpoint(arxiv.endpoint())
                    .withMinInterval(Duration.ofMillis(5));
            Options o = Options.DEFAULT.withLookup(LookupOptions.off("t").withEnabled(true).withClient(client)
                    .withCacheDirectory(dir.resolve("cache")))
                    .withPublished(PublishedOptions.off("t").withEnabled(true).withServices(services.s2(),
                            services.crossref()).withPause(Duration.ofMillis(20)).withCacheDirectory(dir.resolve("cache")));
            Conversion c = new Abs2Bib(o).convert(List.of(dump));

            int upgraded = 0;
            List<String> wrong = new ArrayList<>();
            for (Reference r : c.references()) {
                String venue = expected.get(r.eprint());
                String got = r.isArticle() ? r.journal().name() : r.booktitle();
                if (venue == null ? r.isPublished() : !venue.equals(got)) {
                    wrong.add(r.eprint() + ": " + (got.isEmpty() ? "not upgraded" : got));
                }
                upgraded += r.isPublished() ? 1 : 0;
            }
            assertThat(wrong).as("wrong or missed upgrades").isEmpty();
            assertThat(upgraded).isEqualTo(expected.size());
            assertThat(c.references()).hasSize(234);
            PublishedLookup.Report report = c.published().orElseThrow();
            assertThat(report.requests()).as("Semantic Scholar once, Crossref once").isEqualTo(2);
            System.out.printf("sample --published: %d of %d upgraded, %d wrong, %d requests%n", upgraded,
                    c.references().size(), wrong.size(), report.requests());

            Conversion again = new Abs2Bib(o).convert(List.of(dump));
            assertThat(again.published().orElseThrow().requests()).isZero();
            assertThat(again.references()).isEqualTo(c.references());
        }
    }
}
