package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.ArxivStandIn.Entry;
import org.abs2bib.testing.ArxivStandIn.Injected;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup against a stand-in for arXiv on loopback, on the user's 234-paper sample: requests, the interval, the
 * cache, and every fault arXiv is known for. The stand-in's corpus gives each sample title an invented record, so a
 * wrong match shows as a wrong id.
 */
class ArxivLookupTest {
    static final long INTERVAL_MS = 60;

    @TempDir
    Path cacheDir;

    ArxivStandIn arxiv;
    Dump sample;
    Map<String, String> idByTitle = new HashMap<>();

    @BeforeEach
    void standIn() throws Exception {
        arxiv = new ArxivStandIn(INTERVAL_MS);
        try (InputStream in = Files.newInputStream(Golden.projectDir().resolve("bib/trending-papers.txt"))) {
            sample = Abs2Bib.read(in, "trending-papers.txt");
        }
        LatexText plain = new LatexText(false);
        int k = 0;
        for (Paper p : sample.papers()) {
            String id = String.format("24%02d.%05d", 1 + k % 12, 10000 + k);
            String title = plain.title(p.title()).plain();
            idByTitle.put(title, id);
            arxiv.add(Entry.of(id, title, "2024-" + String.format("%02d", 1 + k % 12) + "-15", "Given" + k
                    + " Family" + k, "Co Author"));
            k++;
        }
    }

    @AfterEach
    void stop() {
        arxiv.close();
    }

    Options options(Duration timeout) {
        ArxivClient.Settings client = ArxivClient.Settings.defaults("abs2bib-test").withEndpoint(arxiv.endpoint())
                .withMinInterval(Duration.ofMillis(INTERVAL_MS)).withResponseTimeout(timeout);
        return Options.DEFAULT.withLookup(LookupOptions.off("abs2bib-test").withEnabled(true).withClient(client)
                .withCacheDirectory(cacheDir));
    }

    Conversion run() {
        return new Abs2Bib(options(Duration.ofSeconds(10))).convert(List.of(sample));
    }

    /** Every matched reference carries exactly the id the stand-in holds for its title. */
    void assertNoWrongMatch(Conversion c) {
        LatexText plain = new LatexText(false);
        for (Reference r : c.references()) {
            if (!r.eprint().isEmpty()) {
                assertThat(r.eprint()).as(r.title()).isEqualTo(idByTitle.get(plain.title(r.title()).plain()));
            }
        }
        assertThat(c.references()).hasSize(234);
    }

    @Test
    void theSampleNeedsAFewBatchedRequestsAndASecondRunNone() {
        long t0 = System.nanoTime();
        Conversion first = run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LookupReport report = first.lookup().orElseThrow();
        assertThat(report.matched()).isEqualTo(234);
        assertNoWrongMatch(first);
        assertThat(report.requests()).as("30 titles a request").isLessThanOrEqualTo(8);
        assertThat(arxiv.violations()).isZero();
        assertThat(arxiv.shortestGapMillis()).isGreaterThanOrEqualTo(INTERVAL_MS);
        Reference autoflow = first.references().get(0);
        assertThat(autoflow.key()).isEqualTo("family02024autoflow");
        assertThat(autoflow.authors()).hasSize(2);
        assertThat(autoflow.year()).isEqualTo("2024");
        assertThat(autoflow.doi()).isEqualTo("10.48550/arXiv." + autoflow.eprint());
        assertThat(autoflow.keywords()).contains("Computation and Language");
        System.out.printf("sample lookup: %d papers, %d requests (%.1f papers a request), %d ms at %d ms interval%n",
                234, report.requests(), 234.0 / report.requests(), ms, INTERVAL_MS);

        arxiv.reset();
        LookupReport second = run().lookup().orElseThrow();
        assertThat(arxiv.requests()).isZero();
        assertThat(second.requests()).isZero();
        assertThat(second.cacheHits()).isEqualTo(234);
        assertThat(second.matched()).isEqualTo(234);
        System.out.printf("second run: %d requests, %d cache hits%n", second.requests(), second.cacheHits());
    }

    @Test
    void passingFaultsAreRetriedAndNothingIsLost() {
        // four faults on the first batch (its fifth try goes through), an empty page on the second
        arxiv.inject(Injected.TOO_MANY_REQUESTS, Injected.UNAVAILABLE, Injected.RESET, Injected.TRUNCATED,
                Injected.NONE, Injected.EMPTY_PAGE);
        Conversion c = run();
        LookupReport report = c.lookup().orElseThrow();
        assertThat(report.matched()).isEqualTo(234);
        assertThat(report.retries()).isGreaterThanOrEqualTo(5);
        assertThat(arxiv.violations()).isZero();
        assertNoWrongMatch(c);
    }

    @Test
    void aServerThatNeverAnswersIsCutOffByTheTimeout() {
        arxiv.silenceMillis(3000).inject(Injected.SILENCE);
        Conversion c = new Abs2Bib(options(Duration.ofMillis(500))).convert(List.of(sample));
        assertThat(c.lookup().orElseThrow().matched()).isEqualTo(234);
        assertThat(c.lookup().orElseThrow().retries()).isGreaterThanOrEqualTo(1);
    }

    /**
     * The client alone, so that the time measured is the timeout's and nothing else's: one request against a server
     * that stays silent for 5 s, cut off at 500 ms and tried again. Without the timeout it would take 5 s or more;
     * with it, about 0.5 s plus the pause between requests (1 s here).
     */
    @Test
    void theClientCutsOffASilentServerAtItsTimeout() throws Exception {
        arxiv.add(ArxivStandIn.Entry.of("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs", "2023-05-23",
                "Tim Dettmers"));
        arxiv.silenceMillis(5000).inject(Injected.SILENCE);
        ArxivClient.Settings settings = ArxivClient.Settings.defaults("abs2bib-test").withEndpoint(arxiv.endpoint())
                .withMinInterval(Duration.ofMillis(1000)).withResponseTimeout(Duration.ofMillis(500));
        long t0 = System.nanoTime();
        try (ArxivClient client = new ArxivClient(settings)) {
            AtomFeed feed = client.byIds(List.of("2305.14314"));
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            assertThat(feed.entries()).hasSize(1);
            assertThat(client.retries()).isEqualTo(1);
            assertThat(elapsed).as("cut off at the timeout, not at the server's 5 s").isLessThan(4000);
        }
    }

    /** A refused batch is split and asked again in halves: an error answer costs requests, not papers. */
    @Test
    void anErrorFeedOrAnXxePayloadCostsRequestsNotPapers() {
        arxiv.inject(Injected.ERROR_FEED);
        Conversion c = run();
        LookupReport report = c.lookup().orElseThrow();
        assertThat(report.matched()).isEqualTo(234);
        assertThat(report.requests()).isEqualTo(8 + 2);
        assertNoWrongMatch(c);

        arxiv.reset();
        arxiv.inject(Injected.XXE);
        Conversion x = new Abs2Bib(options(Duration.ofSeconds(10))
                .withLookup(options(Duration.ofSeconds(10)).lookup().withCacheDirectory(null))).convert(List.of(sample));
        LookupReport xr = x.lookup().orElseThrow();
        assertThat(xr.matched()).isEqualTo(234);
        assertThat(x.references()).noneMatch(r -> r.toString().contains("root:"));
        assertNoWrongMatch(x);
    }

    /**
     * A server that refuses long queries (here more than 7 phrases) still gets every title, in smaller batches; a
     * server that refuses every title query is given up after a few tries, with the reason on every paper.
     */
    @Test
    void aServerThatRefusesLongQueriesGetsSmallerOnesAndOneThatRefusesAllIsGivenUp() {
        arxiv.maxPhrases(7);
        Conversion c = run();
        LookupReport report = c.lookup().orElseThrow();
        assertThat(report.matched()).isEqualTo(234);
        assertNoWrongMatch(c);
        // the first two batches of 30 are each refused at 30, 15, 8, 15 and 8 titles and answered at 7 and 4 (11
        // requests a batch); after the second the run goes on at 7 a query, never asking a long one again
        assertThat(arxiv.queries().stream().filter(q -> q.split(" OR ").length > 7)).hasSize(10);
        assertThat(report.requests()).isEqualTo(2 * 11 + (174 + 6) / 7);
        System.out.printf("phrase limit 7: %d requests%n", report.requests());

        arxiv.reset();
        arxiv.maxPhrases(0);
        Conversion refused = new Abs2Bib(options(Duration.ofSeconds(10))
                .withLookup(options(Duration.ofSeconds(10)).lookup().withCacheDirectory(null))).convert(List.of(sample));
        LookupReport r = refused.lookup().orElseThrow();
        assertThat(r.matched()).isZero();
        assertThat(r.matches()).allMatch(m -> m.reason().contains("incorrect id format")
                || m.reason().contains("failed 3 times in a row"));
        // 30, 15, 8, 4, 2 and 1 refused, the 1 beside it, the next 2 and its first title: three single titles refused
        // in a row while arXiv had answered nothing, and the rest is given up
        assertThat(r.requests()).isEqualTo(9);
        arxiv.maxPhrases(Integer.MAX_VALUE);
    }

    /** One title arXiv cannot search costs its own lookup and a few requests, not the run's batching. */
    @Test
    void oneTitleArxivRefusesIsLeftUnmatchedAndTheOthersStayBatched() throws Exception {
        arxiv.refuse(Titles.normalize(sample.papers().get(40).title()));
        Conversion c = run();
        LookupReport report = c.lookup().orElseThrow();
        assertThat(report.matched()).isEqualTo(233);
        assertThat(report.matches().get(40).reason()).startsWith("arXiv refused the search for this title");
        assertNoWrongMatch(c);
        // batch 2 (titles 30-59) is split down to title 40 (30, 15, 8, 4, 2, 1 refused; their other halves answered):
        // 11 requests; the other 7 batches stay at 30 titles
        assertThat(report.requests()).isEqualTo(7 + 11);
        System.out.printf("one refused title: %d requests%n", report.requests());
    }

    @Test
    void offlineAnswersFromTheCacheOnly() {
        Conversion offline = new Abs2Bib(options(Duration.ofSeconds(10)).withLookup(
                options(Duration.ofSeconds(10)).lookup().withOffline(true))).convert(List.of(sample));
        assertThat(arxiv.requests()).isZero();
        assertThat(offline.lookup().orElseThrow().matched()).isZero();
        assertThat(offline.lookup().orElseThrow().matches().get(0).reason()).contains("offline");
        run();
        arxiv.reset();
        Conversion again = new Abs2Bib(options(Duration.ofSeconds(10)).withLookup(
                options(Duration.ofSeconds(10)).lookup().withOffline(true))).convert(List.of(sample));
        assertThat(arxiv.requests()).isZero();
        assertThat(again.lookup().orElseThrow().matched()).isEqualTo(234);
    }

    @Test
    void idsFromTheDumpGoTogetherThroughIdList() throws Exception {
        arxiv.record("1111.2011", "/arxiv/id_list_1111.2011v2.xml");
        String dump = "Title: Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit\n"
                + "arXiv:1111.2011\nAbstract: A study of anisotropic systems, of nodes on a Bethe lattice.\n";
        Dump d = Abs2Bib.read(new java.io.StringReader(dump), "ids.txt");
        Conversion c = new Abs2Bib(options(Duration.ofSeconds(10))).convert(List.of(d));
        Reference r = c.references().get(0);
        assertThat(c.lookup().orElseThrow().matched()).isEqualTo(1);
        assertThat(arxiv.queries()).containsExactly("id_list=1111.2011");
        assertThat(r.year()).isEqualTo("2011");
        assertThat(r.doi()).doesNotStartWith("10.48550"); // the journal's DOI wins over arXiv's own
        assertThat(r.journalRef()).isNotEmpty();
    }

    @Test
    void aCorruptCacheIsSetAsideNotLost() throws Exception {
        Path file = cacheDir.resolve("arxiv-cache.json");
        Files.writeString(file, "{ this is not json");
        List<String> warnings = new ArrayList<>();
        ArxivCache cache = ArxivCache.in(cacheDir, java.time.Clock.systemUTC(), warnings::add);
        assertThat(warnings).singleElement().asString().contains("could not be read; kept it as");
        try (var files = Files.list(cacheDir)) {
            Path aside = files.filter(p -> p.getFileName().toString().contains("unreadable")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ this is not json");
        }
        cache.putTitle("x", List.of());
        cache.save();
        assertThat(Files.readString(file)).contains("\"titles\"");
    }

    @Test
    void aReadOnlyCacheFolderGivesOneWarningAndTheLookupGoesOn() throws Exception {
        Path ro = Files.createDirectory(cacheDir.resolve("ro"));
        assertThat(ro.toFile().setWritable(false, false)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro),
                "running as root: a folder without write permission is still writable");
        List<String> warnings = new ArrayList<>();
        ArxivCache.in(ro, java.time.Clock.systemUTC(), warnings::add).save();
        assertThat(warnings).singleElement().asString().contains("not writable");
    }
}
