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
}
