package org.abs2bib.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorLineTest {
    @Test
    void pubMedAuthorsWithAffiliationNumbers() {
        assertThat(AuthorLine.names("Aali A(1), Van Veen D(2), Arefeen YI(3), Hom J(4), Bluethgen C(1)(5), Reis "
                + "EP(1)(6), Gatidis S(1), Clifford N(7), Daws J(7), Tehrani AS(7), Kim J(7), Chaudhari AS(1)(8)", true))
                .containsExactly("Aali A", "Van Veen D", "Arefeen YI", "Hom J", "Bluethgen C", "Reis EP", "Gatidis S",
                        "Clifford N", "Daws J", "Tehrani AS", "Kim J", "Chaudhari AS");
    }

    @Test
    void scholarLineGivesNamesAndVenue() {
        AuthorLine.Parsed p = AuthorLine.parse("Y Ding, LL Zhang, C Zhang, Y Xu, N Shang… - arXiv preprint "
                + "arXiv:2402.13753, 2024", false);
        assertThat(p.names()).containsExactly("Y Ding", "LL Zhang", "C Zhang", "Y Xu", "N Shang");
        assertThat(Ids.in(p.venue()).arxiv()).isEqualTo("2402.13753");
    }

    @Test
    void pdfAuthorsLoseTheirMarks() {
        assertThat(AuthorLine.names("Alice Smith¹*, Bob Li²†, Chen Henry Wu1,2", false))
                .containsExactly("Alice Smith", "Bob Li", "Chen Henry Wu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vision, Language and Action", "Large Language Models, Agents and Tools",
        "AutoFlow: Automated Workflow Generation for Large Language Model Agents", "View PDF",
        "We study this problem carefully.", "nice, reading this tonight", "Thanks! Here are the ones I mentioned:"})
    void titlesAndProseAreNotAuthorLines(String line) {
        assertThat(AuthorLine.parse(line, false)).isNull();
    }
}
