package org.abs2bib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.ArxivStandIn.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --arxiv} end to end: the entry as a user gets it, the summary and the JSON report. */
class ArxivCliTest {
    @TempDir
    Path dir;

    @Test
    void fillsAuthorsYearEprintAndRegeneratesTheKey() throws Exception {
        Path in = dir.resolve("papers.txt");
        Files.writeString(in, CliTest.DUMP + "A Paper Nobody Has Put on arXiv\nIts abstract says what it does. It "
                + "does it well, on three benchmarks and in two languages.\n");
        try (ArxivStandIn arxiv = new ArxivStandIn(10)) {
            arxiv.add(new Entry("1706.03762", 7, "Attention Is All You Need", java.util.List.of("Ashish Vaswani",
                    "Noam Shazeer", "Łukasz Kaiser"), "2017-06-12", "2023-08-02", java.util.List.of("cs.CL", "cs.LG"),
                    "", ""));
            Path report = dir.resolve("report.json");
            CliTest.Result r = CliTest.run(in.toString(), "--arxiv", "--arxiv-url", arxiv.endpoint().toString(),
                    "--arxiv-delay", "0.01", "--cache", dir.resolve("cache").toString(), "--report",
                    report.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("@misc{vaswani2017attention,",
                    "  author        = {Vaswani, Ashish and Shazeer, Noam and Kaiser, Łukasz},",
                    "  year          = {2017},", "  eprint        = {1706.03762},", "  archivePrefix = {arXiv},",
                    "  primaryClass  = {cs.CL},", "  doi           = {10.48550/arXiv.1706.03762},",
                    "  url           = {https://arxiv.org/abs/1706.03762},", "Computation and Language");
            assertThat(r.err()).contains("arXiv: 1 of 2 papers matched; 1 request (0 retries), 0 cache hits",
                    "unmatched papers.txt:3: not found on arXiv");
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.at("/arxiv/matched").asInt()).isEqualTo(1);
            assertThat(json.at("/arxiv/unmatchedPapers/0/line").asInt()).isEqualTo(3);
            assertThat(json.at("/entries").asInt()).isEqualTo(2);

            CliTest.Result again = CliTest.run(in.toString(), "--arxiv", "--arxiv-url", arxiv.endpoint().toString(),
                    "--cache", dir.resolve("cache").toString(), "--offline");
            assertThat(again.err()).contains("0 requests (0 retries), 2 cache hits");
            assertThat(again.out()).isEqualTo(r.out());
        }
    }

    /**
     * Offline (here: a port where nothing listens, so the connection is refused at once): one line that says what
     * happened and what to do, no Java class names, no minute and a half of retries, a header that tells the truth
     * and a non-zero exit, since nothing asked of arXiv was done.
     */
    @Test
    void anUnreachableArxivStopsAtOnceAndSaysWhatToDo() throws Exception {
        Path in = Files.writeString(dir.resolve("papers.txt"), CliTest.DUMP);
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // free now, and nobody listens on it once the socket is closed
        }
        long t0 = System.nanoTime();
        CliTest.Result r = CliTest.run(in.toString(), "--arxiv", "--arxiv-url", "http://127.0.0.1:" + closed
                + "/api/query", "--arxiv-delay", "0.5", "--no-cache");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(millis).as("no retries against a refused connection").isLessThan(5000);
        assertThat(r.err()).contains("cannot reach arXiv: 127.0.0.1:" + closed + " refused the connection",
                "--offline").doesNotContain("Exception", "java.");
        assertThat(r.err().lines().filter(l -> l.contains("cannot reach arXiv"))).hasSize(1);
        assertThat(r.out()).contains("arXiv could not be reached").doesNotContain("were not looked up");
    }

    @Test
    void lookupOptionsWithoutArxivAreAUsageError() {
        CliTest.Result r = CliTest.run("--offline", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("goes with --arxiv");
    }
}
