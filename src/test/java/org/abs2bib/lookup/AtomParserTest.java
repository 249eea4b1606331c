package org.abs2bib.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The parser on real arXiv responses (src/test/resources/arxiv, see SOURCES.md there) and on hostile ones. */
class AtomParserTest {
    final AtomParser parser = new AtomParser();

    static byte[] fixture(String name) throws Exception {
        try (InputStream in = AtomParserTest.class.getResourceAsStream("/arxiv/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void revisedPaperKeepsTheYearOfVersionOneAndItsJournalDoi() throws Exception {
        AtomFeed feed = parser.parse(fixture("id_list_1111.2011v2.xml"));
        assertThat(feed.totalResults()).isEqualTo(1);
        ArxivRecord r = feed.entries().get(0);
        assertThat(r.id()).isEqualTo("1111.2011");
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.year()).isEqualTo("2011"); // updated in 2012: the citation year is v1's
        assertThat(r.title()).isEqualTo("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large "
                + "Connectivity Limit");
        assertThat(r.authors()).isNotEmpty().allMatch(a -> !a.isBlank() && !a.contains("\n"));
        assertThat(r.doi()).startsWith("10.");
        assertThat(r.journalRef()).isNotEmpty();
        assertThat(r.categories().get(0)).isEqualTo(r.primaryCategory());
    }

    @Test
    void oldStyleIdsKeepTheirArchive() throws Exception {
        ArxivRecord r = parser.parse(fixture("search_au_del_maestro_AND_ti_checkerboard.xml")).entries().get(0);
        assertThat(r.id()).isEqualTo("cond-mat/0603029");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.year()).isEqualTo("2006");
        assertThat(r.title()).isEqualTo("From stripe to checkerboard order on the square lattice in the presence "
                + "of quenched disorder");
    }

    @Test
    void namespacesDeclaredOnEveryElementAndTimeZoneOffsets() throws Exception {
        AtomFeed feed = parser.parse(fixture("manual_typical_response_all_electron.xml"));
        assertThat(feed.totalResults()).isEqualTo(1000);
        ArxivRecord r = feed.entries().get(0);
        assertThat(r.id()).isEqualTo("hep-ex/0307015");
        assertThat(r.published()).isEqualTo("2003-07-07");
        assertThat(r.primaryCategory()).isEqualTo("hep-ex");
    }

    @Test
    void anErrorFeedBecomesArxivsMessageAndIsNotRetried() {
        assertThatThrownBy(() -> parser.parse(fixture("error_incorrect_id_format.xml")))
                .isInstanceOf(ArxivException.class).hasMessage("arXiv says: incorrect id format for 1234.12345")
                .matches(e -> !((ArxivException) e).retryable());
    }

    @Test
    void externalEntitiesAndDtdsAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title></feed>";
        assertThatThrownBy(() -> parser.parse(xxe.getBytes())).isInstanceOf(ArxivException.class)
                .hasMessageContaining("DTD").matches(e -> !((ArxivException) e).retryable());
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol2;</title></feed>";
        assertThatThrownBy(() -> parser.parse(bomb.getBytes())).isInstanceOf(ArxivException.class);
    }

    @Test
    void truncatedXmlIsRetryable() throws Exception {
        byte[] whole = fixture("id_list_1111.2011v2.xml");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> parser.parse(cut)).isInstanceOf(ArxivException.class)
                .matches(e -> ((ArxivException) e).retryable());
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        assertThat(ArxivClient.parseRetryAfter("7").getSeconds()).isEqualTo(7);
        assertThat(ArxivClient.parseRetryAfter("soon")).isZero();
        assertThat(ArxivClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isZero(); // in the past
    }
}
