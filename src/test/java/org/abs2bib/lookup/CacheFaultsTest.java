package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.ArxivStandIn.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache that cannot be used costs one warning, never the lookup: a cache folder that cannot be created, and one
 * where the cache file cannot be written (as on a full disk: the rename of the finished temporary file fails). Both
 * work as root too, unlike a read-only folder.
 */
class CacheFaultsTest {
    static final String DUMP = "Attention Is All You Need\nWe propose the Transformer. It relies on attention alone.\n"
            + "LoRA: Low-Rank Adaptation of Large Language Models\nWe propose LoRA. It freezes the weights.\n";

    @TempDir
    Path dir;

    Conversion run(ArxivStandIn arxiv, Path cache) throws Exception {
        ArxivClient.Settings client = ArxivClient.Settings.defaults("t").withEndpoint(arxiv.endpoint())
                .withMinInterval(Duration.ofMillis(10));
        Options o = Options.DEFAULT.withLookup(LookupOptions.off("t").withEnabled(true).withClient(client)
                .withCacheDirectory(cache));
        return new Abs2Bib(o).convert(List.of(Abs2Bib.read(new java.io.StringReader(DUMP), "d.txt")));
    }

    ArxivStandIn standIn() {
        return new ArxivStandIn(10).add(Entry.of("1706.03762", "Attention Is All You Need", "2017-06-12", "A Vaswani"))
                .add(Entry.of("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models", "2021-06-17", "E Hu"));
    }

    @Test
    void aCacheFolderThatCannotBeCreated() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        try (ArxivStandIn arxiv = standIn()) {
            LookupReport r = run(arxiv, notAFolder.resolve("cache")).lookup().orElseThrow();
            assertThat(r.matched()).isEqualTo(2);
            assertThat(r.warnings()).singleElement().asString().contains("cannot be created", "without a cache");
        }
    }

    @Test
    void aCacheFileThatCannotBeWritten() throws Exception {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        List<String> warnings = new java.util.ArrayList<>();
        ArxivCache c = ArxivCache.in(cache, java.time.Clock.systemUTC(), warnings::add);
        // then the cache file's place is taken by a folder: the rename of each save fails, as on a full disk
        Files.writeString(Files.createDirectory(cache.resolve("arxiv-cache.json")).resolve("keep"), "x");
        try (ArxivStandIn arxiv = standIn(); ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults("t")
                .withEndpoint(arxiv.endpoint()).withMinInterval(Duration.ofMillis(10)))) {
            LookupReport r = new ArxivLookup(client, c, n -> { }).lookup(List.of(
                    new Query("Attention Is All You Need", List.of(), "", ""),
                    new Query("LoRA: Low-Rank Adaptation of Large Language Models", List.of(), "", "")));
            c.save();
            assertThat(r.matched()).isEqualTo(2);
        }
        assertThat(warnings).singleElement().asString().contains("could not be written", "going on without saving");
        assertThat(cache.resolve("arxiv-cache.json/keep")).hasContent("x");
    }
}
