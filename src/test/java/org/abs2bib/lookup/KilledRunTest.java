package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.ArxivStandIn.Entry;
import org.abs2bib.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed midway (SIGKILL, no shutdown hook runs) leaves a cache that reads back, no output file, and a next run
 * that resumes where the first stopped instead of starting over.
 */
class KilledRunTest {
    @TempDir
    Path dir;

    @Test
    void theCacheSurvivesAKillAndTheNextRunResumes() throws Exception {
        Path sample = Golden.projectDir().resolve("bib/trending-papers.txt");
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out.bib");
        try (ArxivStandIn arxiv = new ArxivStandIn(150)) {
            var dump = Abs2Bib.read(Files.newInputStream(sample), "trending-papers.txt");
            var plain = new org.abs2bib.bib.LatexText(false);
            int k = 0;
            for (var p : dump.papers()) {
                arxiv.add(Entry.of(String.format("2401.%05d", k), plain.title(p.title()).plain(), "2024-01-01",
                        "Author " + k++));
            }
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.abs2bib.cli.Main", "--arxiv", "--arxiv-url",
                    arxiv.endpoint().toString(), "--arxiv-delay", "0.15", "--cache", cache.toString(),
                    sample.toString(), "-o", out.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (arxiv.requests() < 5 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("the run must still be going when it is killed").isTrue();
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            int before = arxiv.requests();
            assertThat(out).doesNotExist();

            List<String> warnings = new ArrayList<>();
            ArxivCache reread = ArxivCache.in(cache, Clock.systemUTC(), warnings::add);
            assertThat(warnings).as("the cache reads back without complaint").isEmpty();
            int cachedTitles = 0;
            for (var paper : dump.papers()) {
                if (reread.candidates(Titles.normalize(plain.title(paper.title()).plain())).isPresent()) {
                    cachedTitles++;
                }
            }
            assertThat(cachedTitles).as("batches answered before the kill are kept").isGreaterThanOrEqualTo(20);

            arxiv.reset();
            ArxivClient.Settings client = ArxivClient.Settings.defaults("t").withEndpoint(arxiv.endpoint())
                    .withMinInterval(Duration.ofMillis(150));
            Conversion resumed = new Abs2Bib(Options.DEFAULT.withLookup(LookupOptions.off("t").withEnabled(true)
                    .withClient(client).withCacheDirectory(cache))).convert(List.of(dump));
            assertThat(resumed.lookup().orElseThrow().matched()).isEqualTo(234);
            assertThat(resumed.lookup().orElseThrow().cacheHits()).isEqualTo(cachedTitles);
            assertThat(arxiv.requests()).isLessThan(12);
            System.out.printf("killed after %d requests with %d titles cached; the next run made %d requests%n",
                    before, cachedTitles, arxiv.requests());
        }
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("arxiv-cache.json");
        }
        assertThat(new File(dir.toFile(), "out.bib")).doesNotExist();
    }
}
