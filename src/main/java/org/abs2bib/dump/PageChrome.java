package org.abs2bib.dump;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a web page puts around its paper list ("Subscribe", "Get trending papers in your email inbox!") that a copy
 * drags along. Only whole lines that no paper title would be are removed, plus a "Subscribe" button glued to the
 * first title.
 */
final class PageChrome {
    private static final List<Pattern> WHOLE_LINES = List.of(
            Pattern.compile("get trending papers in your email inbox( once a day)?!?"),
            Pattern.compile("subscribe|unsubscribe|upvote|share|follow|sign in|sign up|log in|load more|show more"),
            Pattern.compile("view all|trending papers|trending|daily papers|see all|back to top"));
    /** Words a copy glues onto the next line because the page shows them as buttons. */
    private static final Pattern GLUED_PREFIX = Pattern.compile("^(Subscribe)(?=[A-Z0-9\"“(])");

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        String t = line.strip().toLowerCase(Locale.ROOT);
        for (Pattern p : WHOLE_LINES) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The line without a button label glued to its start, or the line itself. */
    static String stripGluedPrefix(String line) {
        Matcher m = GLUED_PREFIX.matcher(line.strip());
        return m.find() ? line.strip().substring(m.end()) : line;
    }
}
