package org.abs2bib.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.LatexText;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.Paper;
import org.abs2bib.lookup.ArxivClient;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.lookup.LookupReport;
import org.abs2bib.testing.ArxivStandIn;

/**
 * The sample's lookup at arXiv's real pace (3 s between requests) against the loopback stand-in, which enforces that
 * interval: requests made, wall time, and a second run from the cache. About 40 s.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.abs2bib.bench.LookupBenchmark
 * </pre>
 */
public final class LookupBenchmark {
    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "bib/trending-papers.txt");
        Dump dump;
        try (InputStream in = Files.newInputStream(sample)) {
            dump = Abs2Bib.read(in, sample.getFileName().toString());
        }
        Path cache = Files.createTempDirectory("abs2bib-bench-cache");
        try (ArxivStandIn arxiv = new ArxivStandIn(3000)) {
            LatexText plain = new LatexText(false);
            int k = 0;
            for (Paper p : dump.papers()) {
                arxiv.add(ArxivStandIn.Entry.of(String.format("2401.%05d", k++), plain.title(p.title()).plain(),
                        "2024-01-01", "Some Author"));
            }
            ArxivClient.Settings client = ArxivClient.Settings.defaults(Abs2Bib.userAgent())
                    .withEndpoint(arxiv.endpoint());
            Options o = Options.DEFAULT.withLookup(LookupOptions.off(Abs2Bib.userAgent()).withEnabled(true)
                    .withClient(client).withCacheDirectory(cache));
            for (String run : List.of("first run", "second run")) {
                arxiv.reset();
                long t0 = System.nanoTime();
                Conversion c = new Abs2Bib(o).convert(List.of(dump));
                double s = (System.nanoTime() - t0) / 1e9;
                LookupReport r = c.lookup().orElseThrow();
                System.out.printf("%s: %d papers, %d matched, %d requests (%d retries), %d cache hits, %.1f s wall, "
                        + "interval violations %d%n", run, dump.papers().size(), r.matched(), r.requests(),
                        r.retries(), r.cacheHits(), s, arxiv.violations());
            }
            System.out.printf("one request per title (JabRef's fetcher): %d requests, at least %d s%n",
                    dump.papers().size(), dump.papers().size() * 3);
        }
    }
}
