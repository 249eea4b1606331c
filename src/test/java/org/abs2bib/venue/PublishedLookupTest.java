package org.abs2bib.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.abs2bib.testing.VenueStandIn;
import org.abs2bib.testing.VenueStandIn.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published-version stage against a stand-in serving real recorded responses (WavTokenizer's ICLR record with
 * the preprint's year, ChemCrow's journal article, PaperQA's preprint dressed as a journal article, Attention's
 * NeurIPS venue with a CoRR key) and records built in their shapes with each pitfall planted: 0 wrong upgrades.
 */
class PublishedLookupTest {
    static final long PAUSE = 50;

    @TempDir
    Path dir;

    VenueStandIn services;
    /** Every paper asked about, and what must come of it: a venue, or null for "stays the preprint". */
    final Map<Reference, String> expected = new LinkedHashMap<>();

    static Reference preprint(String id, String title, String year, String... authors) {
        List<Name> names = new ArrayList<>();
        for (String a : authors) {
            names.add(Name.parse(a));
        }
        return Reference.builder().key(id).title(title).authors(names).year(year).eprint(id)
                .doi("10.48550/arXiv." + id).url("https://arxiv.org/abs/" + id).primaryClass("cs.CL").build();
    }

    @BeforeEach
    void plant() throws Exception {
        services = new VenueStandIn();
        services.s2Recorded("s2-arxiv-wavtokenizer-iclr-venue-with-preprint-year.json")
                .s2Recorded("s2-doi-chemcrow-natmi-published.json")
                .s2Recorded("s2-doi-arxiv-paperqa-unpublished.json")
                .s2Recorded("s2-match-attention-is-all-you-need.json")
                .crossrefRecorded("crossref-work-chemcrow-natmi-journal-article.json");
        expected.put(preprint("2408.16532", "WavTokenizer: an Efficient Acoustic Discrete Codec Tokenizer for Audio "
                + "Language Modeling", "2024", "Shengpeng Ji", "Ziyue Jiang"),
                "The Thirteenth International Conference on Learning Representations");
        expected.put(preprint("2304.05376", "ChemCrow: Augmenting large-language models with chemistry tools", "2023",
                "Andres M. Bran", "Sam Cox", "Philippe Schwaller"), "Nature Machine Intelligence");
        expected.put(preprint("2312.07559", "PaperQA: Retrieval-Augmented Generative Agent for Scientific Research",
                "2023", "Jakub Lála", "Odhran O'Donoghue"), null);
        expected.put(preprint("1706.03762", "Attention Is All You Need", "2017", "Ashish Vaswani", "Noam Shazeer"),
                null);

        // built in the recorded shapes, one pitfall each
        services.s2(VenueStandIn.s2Paper("2402.00001", "Findings Paper", "Annual Meeting of the Association for "
                + "Computational Linguistics", "", "conf/acl/LeeK24", "2024.findings-acl.12", "Ann Lee", "Bo Kim"));
        services.crossref(VenueStandIn.crossrefWork("10.18653/v1/2024.findings-acl.12", "proceedings-article",
                "Findings Paper", "Findings of the Association for Computational Linguistics: ACL 2024", 2024,
                "200-215", "Association for Computational Linguistics", "Lee", "Kim"));
        expected.put(preprint("2402.00001", "Findings Paper", "2024", "Ann Lee", "Bo Kim"),
                "Findings of the Association for Computational Linguistics: ACL 2024");

        services.s2(VenueStandIn.s2Paper("2403.00002", "A Workshop Paper", "ICML 2024 Workshop on Foundation Models",
                "", "conf/icml/Chen24", "", "Li Chen"));
        expected.put(preprint("2403.00002", "A Workshop Paper", "2024", "Li Chen"), null);

        services.s2(VenueStandIn.s2Paper("2305.00003", "Conference and Journal", "Neural Information Processing "
                + "Systems", "10.1109/tpami.2024.1", "conf/nips/Park23", "", "Jin Park"));
        services.crossref(VenueStandIn.crossrefWork("10.1109/tpami.2024.1", "journal-article", "Conference and "
                + "Journal, Extended", "IEEE Transactions on Pattern Analysis and Machine Intelligence", 2024, "1-14",
                "IEEE", "Park", "Wong"));
        expected.put(preprint("2305.00003", "Conference and Journal", "2023", "Jin Park"), null);

        var retracted = VenueStandIn.crossrefWork("10.1000/retracted.1", "journal-article", "A Retracted Study",
                "Journal of Things", 2024, "", "Publisher", "Novak");
        retracted.putArray("updated-by").addObject().put("type", "retraction").put("DOI", "10.1000/notice");
        services.crossref(retracted);
        services.s2(VenueStandIn.s2Paper("2401.00004", "A Retracted Study", "Journal of Things", "10.1000/retracted.1",
                "", "", "Eva Novak"));
        expected.put(preprint("2401.00004", "A Retracted Study", "2024", "Eva Novak"), null);

        services.s2(VenueStandIn.s2Paper("2310.00005", "Someone Else's Paper", "International Conference on Learning "
                + "Representations", "", "conf/iclr/Other24", "", "Zed Other", "Yan Else"));
        expected.put(preprint("2310.00005", "A Misattributed Paper", "2023", "Ann Lee"), null);

        services.s2(VenueStandIn.s2Paper("2301.00006", "Old Key", "International Conference on Learning "
                + "Representations", "", "conf/iclr/Smith19", "", "John Smith"));
        expected.put(preprint("2301.00006", "Old Key", "2023", "John Smith"), null);

        expected.put(preprint("2405.00007", "Unknown to Semantic Scholar", "2024", "Ann Lee"), null);

        services.s2(VenueStandIn.s2Paper("1905.00010", "Published Too Late", "Journal of Things", "10.1000/late.1",
                "", "", "Kai Berg"));
        services.crossref(VenueStandIn.crossrefWork("10.1000/late.1", "journal-article", "Published Too Late",
                "Journal of Things", 2024, "", "Publisher", "Berg"));
        expected.put(preprint("1905.00010", "Published Too Late", "2019", "Kai Berg"), null);

        services.s2(VenueStandIn.s2Paper("2005.00011", "Three Years Later", "Journal of Things", "10.1000/edge.1",
                "", "", "Ida Holm"));
        services.crossref(VenueStandIn.crossrefWork("10.1000/edge.1", "journal-article", "Three Years Later",
                "Journal of Things", 2023, "", "Publisher", "Holm"));
        expected.put(preprint("2005.00011", "Three Years Later", "2020", "Ida Holm"), "Journal of Things");

        services.s2(VenueStandIn.s2Paper("2204.00012", "Same Title, Other People", "Journal of Things",
                "10.1000/other.1", "", "", "Ola Dahl"));
        services.crossref(VenueStandIn.crossrefWork("10.1000/other.1", "journal-article", "Same Title, Other People",
                "Journal of Things", 2023, "", "Publisher", "Someone", "Else"));
        expected.put(preprint("2204.00012", "Same Title, Other People", "2022", "Ola Dahl"), null);

        services.s2(VenueStandIn.s2Paper("2305.00008", "A NeurIPS Paper", "Neural Information Processing Systems", "",
                "conf/nips/Garcia23", "", "Maria Garcia"));
        expected.put(preprint("2305.00008", "A NeurIPS Paper", "2023", "Maria Garcia"),
                "Advances in Neural Information Processing Systems 36");

        services.s2(VenueStandIn.s2Paper("2402.00009", "An ICML Paper", "International Conference on Machine "
                + "Learning", "", "conf/icml/Rossi024", "", "Luca Rossi 0002"));
        expected.put(preprint("2402.00009", "An ICML Paper", "2024", "Luca Rossi"),
                "Proceedings of the Forty-first International Conference on Machine Learning");
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        services.close();
    }

    PublishedOptions options(Path cache) {
        return PublishedOptions.off("abs2bib-test").withEnabled(true).withServices(services.s2(), services.crossref())
                .withPause(Duration.ofMillis(PAUSE)).withCacheDirectory(cache);
    }

    PublishedLookup.Result run(PublishedOptions o) {
        return PublishedLookup.lookUp(new ArrayList<>(expected.keySet()), o);
    }

    @Test
    void upgradesWhatIsConfirmedAndNothingElseInTwoRequests() {
        PublishedLookup.Result r = run(options(dir.resolve("cache")));
        List<Reference> in = new ArrayList<>(expected.keySet());
        for (int k = 0; k < in.size(); k++) {
            Reference out = r.references().get(k);
            String venue = expected.get(in.get(k));
            String why = in.get(k).eprint() + ": " + r.report().decisions().get(k).reason();
            if (venue == null) {
                assertThat(out).as(why).isEqualTo(in.get(k));
                assertThat(r.report().decisions().get(k).state()).as(why).isEqualTo(Decision.State.NOT_PUBLISHED);
            } else {
                assertThat(out.isArticle() ? out.journal().name() : out.booktitle()).as(why).isEqualTo(venue);
                assertThat(out.doi()).as(why).doesNotStartWith("10.48550");
                assertThat(out.eprint()).as("the preprint stays findable").isEqualTo(in.get(k).eprint());
            }
        }
        assertThat(r.report().published()).isEqualTo(expected.values().stream().filter(v -> v != null).count());
        assertThat(services.requests("s2")).isEqualTo(1);
        assertThat(services.requests("crossref")).isEqualTo(1);
        assertThat(r.report().requests()).isEqualTo(2);
    }

    @Test
    void theRecordedPitfallsComeOutRight() {
        Map<String, Reference> out = new LinkedHashMap<>();
        run(options(null)).references().forEach(x -> out.put(x.eprint(), x));
        Reference wav = out.get("2408.16532");
        assertThat(wav.isProceedings()).isTrue();
        assertThat(wav.year()).as("ICLR 2025, not S2's preprint year").isEqualTo("2025");
        assertThat(wav.doi()).as("no DOI rather than the arXiv one").isEmpty();
        assertThat(wav.publisher()).isEqualTo("OpenReview.net");
        Reference chem = out.get("2304.05376");
        assertThat(chem.isArticle()).isTrue();
        assertThat(chem.year()).as("the journal's year, not S2's 2023").isEqualTo("2024");
        assertThat(chem.journal()).isEqualTo(new Reference.Journal("Nature Machine Intelligence", "6", "5", "525-535"));
        assertThat(chem.doi()).isEqualTo("10.1038/s42256-024-00832-8");
        assertThat(chem.url()).isEqualTo("https://doi.org/10.1038/s42256-024-00832-8");
        assertThat(wav.url()).as("no DOI: the arXiv page stays").isEqualTo("https://arxiv.org/abs/2408.16532");
        assertThat(chem.title()).isEqualTo("Augmenting large language models with chemistry tools");
    }

    @Test
    void shortVenueNamesAreTheOnesAuthorsWrite() {
        Map<String, Reference> out = new LinkedHashMap<>();
        run(options(null).withShortNames(true)).references().forEach(x -> out.put(x.eprint(), x));
        assertThat(out.get("2408.16532").booktitle()).isEqualTo("ICLR 2025");
        assertThat(out.get("2305.00008").booktitle()).isEqualTo("NeurIPS 2023");
        assertThat(out.get("2402.00001").booktitle()).isEqualTo("Findings of ACL 2024");
        assertThat(out.get("2304.05376").journal().name()).isEqualTo("Nat Mach Intell");
    }

    @Test
    void aRerunAsksNothingAndDecidesTheSame() {
        PublishedLookup.Result first = run(options(dir.resolve("cache")));
        int before = services.requests("s2") + services.requests("crossref");
        PublishedLookup.Result again = run(options(dir.resolve("cache")));
        assertThat(services.requests("s2") + services.requests("crossref")).isEqualTo(before);
        assertThat(again.report().requests()).isZero();
        assertThat(again.references()).isEqualTo(first.references());
        assertThat(again.report().cacheHits()).isEqualTo(expected.size());
    }

    @Test
    void a429WithoutRetryAfterIsWaitedOutWithinThePause() {
        services.inject("s2", Fault.TOO_MANY_REQUESTS, Fault.TOO_MANY_REQUESTS);
        PublishedLookup.Result r = run(options(null));
        assertThat(r.report().published()).isEqualTo(expected.values().stream().filter(v -> v != null).count());
        assertThat(services.requests("s2")).isEqualTo(3);
        assertThat(services.shortestGapMillis("s2")).isGreaterThanOrEqualTo(PAUSE);
    }

    @Test
    void aShuffledBatchIsPairedByIdNotPosition() {
        services.inject("s2", Fault.SHUFFLED);
        List<Reference> shuffled = run(options(null)).references();
        services.inject("s2");
        assertThat(shuffled).isEqualTo(run(options(null)).references());
    }

    @Test
    void aChallengePageIsUnknownNeverNotPublishedAndIsNotCached() {
        services.inject("s2", Fault.CHALLENGE_PAGE);
        PublishedLookup.Result r = run(options(dir.resolve("cache")));
        assertThat(r.references()).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(r.report().decisions()).allSatisfy(d -> {
            assertThat(d.state()).isEqualTo(Decision.State.UNKNOWN);
            assertThat(d.reason()).contains("not JSON");
        });
        PublishedLookup.Result again = run(options(dir.resolve("cache")));
        assertThat(again.report().cacheHits()).as("unknown is never cached").isZero();
        assertThat(again.report().published()).isPositive();
    }

    @Test
    void crossrefDownLeavesItsPapersUnknownAndTheDblpOnesUpgraded() {
        services.inject("crossref", Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);
        Map<String, Decision> byId = new LinkedHashMap<>();
        PublishedLookup.Result r = run(options(null));
        for (int k = 0; k < r.references().size(); k++) {
            byId.put(r.references().get(k).eprint(), r.report().decisions().get(k));
        }
        assertThat(byId.get("2304.05376").state()).isEqualTo(Decision.State.UNKNOWN);
        assertThat(byId.get("2402.00001").state()).isEqualTo(Decision.State.UNKNOWN);
        assertThat(byId.get("2408.16532").state()).isEqualTo(Decision.State.PUBLISHED);
        assertThat(services.requests("crossref")).isEqualTo(3);
        assertThat(services.shortestGapMillis("crossref")).isGreaterThanOrEqualTo(PAUSE);
    }
}
