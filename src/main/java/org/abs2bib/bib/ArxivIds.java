package org.abs2bib.bib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts that follow from an arXiv identifier alone, so they are derived, not invented. */
public final class ArxivIds {
    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");
    private static final Pattern OLD_STYLE = Pattern.compile("[a-z-]+(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})\\d{3}");

    private ArxivIds() {
    }

    /** The year of version 1, from the id's YYMM; empty for a string that is not an arXiv id. */
    public static String year(String id) {
        Matcher m = NEW_STYLE.matcher(id);
        if (m.matches()) {
            return "20" + m.group(1);
        }
        m = OLD_STYLE.matcher(id);
        if (m.matches()) {
            int yy = Integer.parseInt(m.group(1));
            return (yy >= 91 ? "19" : "20") + m.group(1);
        }
        return "";
    }

    /** arXiv's DOI for every paper it hosts, e.g. 10.48550/arXiv.1706.03762. */
    public static String doi(String id) {
        return "10.48550/arXiv." + id;
    }

    public static String url(String id) {
        return "https://arxiv.org/abs/" + id;
    }
}
