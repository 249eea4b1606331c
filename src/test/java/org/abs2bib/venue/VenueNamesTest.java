package org.abs2bib.venue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Venue names from DBLP keys, checked against the names the proceedings carry. */
class VenueNamesTest {
    @Test
    void ordinalsAsProceedingsSpellThem() {
        assertThat(VenueNames.ordinal(13)).isEqualTo("thirteenth");
        assertThat(VenueNames.ordinal(21)).isEqualTo("twenty-first");
        assertThat(VenueNames.ordinal(40)).isEqualTo("fortieth");
        assertThat(VenueNames.ordinal(42)).isEqualTo("forty-second");
        assertThat(VenueNames.ordinal(37)).isEqualTo("thirty-seventh");
    }

    @Test
    void eachStreamGivesItsVenueAndYear() {
        assertThat(VenueNames.ofDblpKey("conf/iclr/Ji00C0Z0C0LZY0J25").orElseThrow())
                .isEqualTo(new VenueNames.Named("The Thirteenth International Conference on Learning Representations",
                        "ICLR 2025", "2025", "OpenReview.net", false));
        assertThat(VenueNames.ofDblpKey("conf/nips/Garcia23").orElseThrow().full())
                .isEqualTo("Advances in Neural Information Processing Systems 36");
        assertThat(VenueNames.ofDblpKey("conf/icml/Rossi025").orElseThrow().full())
                .isEqualTo("Proceedings of the Forty-second International Conference on Machine Learning");
        assertThat(VenueNames.ofDblpKey("conf/colt/Lee24").orElseThrow().full())
                .isEqualTo("Proceedings of the Thirty-seventh Conference on Learning Theory");
        assertThat(VenueNames.ofDblpKey("conf/uai/Lee24").orElseThrow().full())
                .isEqualTo("Proceedings of the Fortieth Conference on Uncertainty in Artificial Intelligence");
        assertThat(VenueNames.ofDblpKey("conf/ijcai/Lee24").orElseThrow().full())
                .isEqualTo("Proceedings of the Thirty-third International Joint Conference on Artificial Intelligence");
        assertThat(VenueNames.ofDblpKey("journals/tmlr/Lee24").orElseThrow())
                .isEqualTo(new VenueNames.Named("Transactions on Machine Learning Research", "TMLR", "2024",
                        "OpenReview.net", true));
    }

    @Test
    void keysItCannotNameAreLeftAlone() {
        assertThat(VenueNames.ofDblpKey("journals/corr/abs-2401-00001")).isEmpty();
        assertThat(VenueNames.ofDblpKey("conf/acl/Lee24")).as("Findings share ACL's stream").isEmpty();
        assertThat(VenueNames.ofDblpKey("conf/ijcai/Lee13")).as("biennial years").isEmpty();
        assertThat(VenueNames.ofDblpKey("not a key")).isEmpty();
    }

    @Test
    void aclAnthologyIdsGiveTheNamesAuthorsWrite() {
        assertThat(VenueNames.shortAcl("2024.findings-acl.12")).contains("Findings of ACL 2024");
        assertThat(VenueNames.shortAcl("2023.emnlp-main.5")).contains("EMNLP 2023");
        assertThat(VenueNames.shortAcl("P19-1001")).isEmpty();
    }
}
