package org.abs2bib.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trending page's chrome: recognised whatever its case and margins, and long lines passed over unread. */
class PageChromeTest {
    @Test
    void noChromeLineIsLongerThanThePatternThatMatchesIt() {
        // the length guard's premise: with nothing that repeats, a match is at most as long as the pattern's text
        assertThat(PageChrome.TRENDING.pattern()).doesNotContain("*", "+", "{");
        assertThat(PageChrome.LONGEST_TRENDING).isEqualTo(PageChrome.TRENDING.pattern().length());
    }

    @Test
    void theLongestChromeLineIsChromeInAnyCaseAndMargin() {
        assertThat(PageChrome.isTrendingChrome("  Get trending papers in your email inbox once a day!  ")).isTrue();
        assertThat(PageChrome.isTrendingChrome("Subscribe")).isTrue();
        assertThat(PageChrome.isTrendingChrome("Subscribe to our trending papers by email, and share them.")).isFalse();
    }
}
