package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchRuleTest {
    final MatchRule rule = new MatchRule();

    static ArxivRecord record(String id, String title, String published, String... authors) {
        return new ArxivRecord(id, 1, title, List.of(authors), published, "cs.CL", List.of("cs.CL"), "", "");
    }

    static Query query(String title) {
        return new Query(title, List.of(), "", "");
    }

    @Test
    void titlesNormalizeCaseDashesLatexAndAccents() {
        assertThat(Titles.normalize("$Se^2$: Sequential Example Selection")).isEqualTo("se 2 sequential example selection");
        assertThat(Titles.normalize("Few-Shot  Learners — Revisited")).isEqualTo("few shot learners revisited");
        assertThat(Titles.normalize("Über {BERT}ology: \\textit{a} Primer")).isEqualTo("uber bertology a primer");
    }

    @Test
    void exactTitleWinsOverANearDuplicate() {
        ArxivRecord real = record("1706.03762", "Attention Is All You Need", "2017-06-12", "Ashish Vaswani");
        ArxivRecord decoy = record("2001.00001", "Attention Is Not All You Need", "2020-01-01", "Someone Else");
        Match m = rule.decide(query("Attention is all you need"), List.of(decoy, real));
        assertThat(m.record()).contains(real);
    }

    @Test
    void aNearMatchAloneIsNotEnough() {
        ArxivRecord plural = record("2001.08361", "Scaling Laws for Neural Language Models", "2020-01-23",
                "Jared Kaplan");
        Match m = rule.decide(query("Scaling Laws for Neural Language Model"), List.of(plural));
        assertThat(m.matched()).isFalse();
        assertThat(m.reason()).contains("only a near match", "2001.08361");
        Match confirmed = rule.decide(new Query("Scaling Laws for Neural Language Model", List.of("J. Kaplan"), "",
                ""), List.of(plural));
        assertThat(confirmed.record()).contains(plural);
    }

    @Test
    void twoPapersWithOneTitleAreAmbiguousUnlessTheDumpChooses() {
        ArxivRecord a = record("1801.00001", "Deep Learning", "2018-01-01", "Ann Smith");
        ArxivRecord b = record("1901.00002", "Deep Learning", "2019-01-01", "Bo Jones");
        assertThat(rule.decide(query("Deep Learning"), List.of(a, b)).reason()).startsWith("ambiguous: 2 arXiv papers");
        assertThat(rule.decide(new Query("Deep Learning", List.of("Bo Jones"), "", ""), List.of(a, b)).record())
                .contains(b);
        assertThat(rule.decide(new Query("Deep Learning", List.of(), "2018", ""), List.of(a, b)).record())
                .contains(a);
    }

    @Test
    void dumpAuthorsThatDisagreeBlockEvenAnExactTitle() {
        ArxivRecord r = record("1801.00001", "A Study of Things", "2018-01-01", "Ann Smith");
        Match m = rule.decide(new Query("A Study of Things", List.of("Carl Other"), "", ""), List.of(r));
        assertThat(m.matched()).isFalse();
        assertThat(m.reason()).contains("other authors");
    }

    @Test
    void anIdFromTheDumpMustCarryItsTitle() {
        ArxivRecord r = record("1706.03762", "Attention Is All You Need", "2017-06-12", "Ashish Vaswani");
        assertThat(rule.decideById(query("Attention is all you need"), r).matched()).isTrue();
        assertThat(rule.decideById(query("Graph Neural Networks for Chemistry"), r).reason())
                .contains("belongs to \"Attention Is All You Need\"");
    }
}
