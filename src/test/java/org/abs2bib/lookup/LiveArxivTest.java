package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.abs2bib.Abs2Bib;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the real arXiv API: off by default (the build excludes the "live" tag; tests reach no network). Run it by
 * hand, at most now and then, within arXiv's terms:
 * {@code mvn test -Dtest=LiveArxivTest -Dsurefire.excludedGroups=none}.
 */
@Tag("live")
class LiveArxivTest {
    @Test
    void twoKnownPapersInOneRequest() throws Exception {
        try (ArxivClient client = new ArxivClient(ArxivClient.Settings.defaults(Abs2Bib.userAgent()))) {
            LookupReport r = new ArxivLookup(client, ArxivCache.none(), n -> { }).lookup(List.of(
                    new Query("Attention Is All You Need", List.of(), "", ""),
                    new Query("LoRA: Low-Rank Adaptation of Large Language Models", List.of(), "", "")));
            assertThat(r.matches()).extracting(m -> m.record().map(ArxivRecord::id).orElse(m.reason()))
                    .containsExactly("1706.03762", "2106.09685");
            assertThat(r.matches().get(0).record().orElseThrow().year()).isEqualTo("2017");
            assertThat(client.requests()).isEqualTo(1);
        }
    }
}
