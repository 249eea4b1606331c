package org.abs2bib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void showsTheTimeSpentAndAnEstimateOfTheRest() {
        long[] now = {0};
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), true, 234, () -> now[0]);
        assertThat(p.line(0)).endsWith("0/234  0:00 elapsed");
        now[0] = 12_000_000_000L; // 12 s for the first 40 papers: 234 take about 70 s, 58 s are left
        assertThat(p.line(40)).startsWith("arXiv lookup [#####").endsWith("40/234  0:12 elapsed, about 0:58 left");
        now[0] = 75_000_000_000L;
        assertThat(p.line(234)).endsWith("234/234  1:15 elapsed");
    }

    @Test
    void printsNothingWhenStderrIsNotATerminal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(err), false, 10);
        p.accept(5);
        p.done();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void saysWhyItWaitsUntilTheNextPaperIsSettled() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, 10, () -> 0L);
        p.accept(3);
        p.waiting(6, "arXiv answered HTTP 503", 1, 4);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\r");
        assertThat(lines[lines.length - 1]).contains("3/10", "waiting 6 s: arXiv answered HTTP 503 (retry 1 of 4)");
        p.accept(4);
        lines = err.toString(StandardCharsets.UTF_8).split("\r");
        assertThat(lines[lines.length - 1]).contains("4/10").doesNotContain("waiting");
    }

    @Test
    void theClientSaysWhenARetryMakesItWait() throws Exception {
        java.util.List<String> heard = new java.util.ArrayList<>();
        org.abs2bib.lookup.LookupProgress listener = new org.abs2bib.lookup.LookupProgress() {
            @Override
            public void accept(int settled) {
            }

            @Override
            public void waiting(long seconds, String why, int n, int of) {
                heard.add(why + " " + n + "/" + of);
            }
        };
        try (org.abs2bib.testing.ArxivStandIn arxiv = new org.abs2bib.testing.ArxivStandIn(5)
                .add(org.abs2bib.testing.ArxivStandIn.Entry.of("1706.03762", "Attention Is All You Need",
                        "2017-06-12", "A Vaswani"))
                .inject(org.abs2bib.testing.ArxivStandIn.Injected.UNAVAILABLE);
             org.abs2bib.lookup.ArxivClient client = new org.abs2bib.lookup.ArxivClient(
                     org.abs2bib.lookup.ArxivClient.Settings.defaults("t").withEndpoint(arxiv.endpoint())
                             .withMinInterval(java.time.Duration.ofMillis(10)))) {
            client.reportWaitsTo(listener);
            client.byIds(java.util.List.of("1706.03762"));
        }
        assertThat(heard).containsExactly("arXiv answered HTTP 503 1/4");
    }
}
