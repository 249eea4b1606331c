package org.abs2bib.venue;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the venues that have no DOI (ICLR and TMLR on OpenReview, ICML and other PMLR volumes, most of NeurIPS),
 * from a DBLP key ({@code conf/iclr/Ji00C0Z0C0LZY0J25}): its stream names the venue, its last two digits the year
 * (a convention of every key seen, not a documented contract, so the year must also fit the preprint's). Only
 * streams whose every paper is a main-track paper are named; others (ACL's, where Findings share the stream) are
 * left to an identifier that says which track.
 */
final class VenueNames {
    /** A venue named from a DBLP key. */
    record Named(String full, String shortName, String year, String publisher, boolean journal) {
    }

    private record Stream(String full, String shortName, int ordinalBase, String publisher, boolean journal) {
    }

    private static final Pattern KEY = Pattern.compile("^(conf|journals)/([a-z0-9]+)/\\S*?(\\d{2})$");

    private static final Map<String, Stream> STREAMS = Map.ofEntries(
            Map.entry("conf/iclr", new Stream("The %s International Conference on Learning Representations", "ICLR",
                    2012, "OpenReview.net", false)),
            Map.entry("conf/nips", new Stream("Advances in Neural Information Processing Systems %d", "NeurIPS",
                    1987, "Curran Associates, Inc.", false)),
            Map.entry("conf/icml", new Stream("Proceedings of the %s International Conference on Machine Learning",
                    "ICML", 1983, "PMLR", false)),
            Map.entry("conf/aistats", new Stream("Proceedings of the %s International Conference on Artificial "
                    + "Intelligence and Statistics", "AISTATS", 1997, "PMLR", false)),
            Map.entry("conf/corl", new Stream("Proceedings of the %s Conference on Robot Learning", "CoRL", 2016,
                    "PMLR", false)),
            Map.entry("conf/colt", new Stream("Proceedings of the %s Conference on Learning Theory", "COLT", 1987,
                    "PMLR", false)),
            Map.entry("conf/uai", new Stream("Proceedings of the %s Conference on Uncertainty in Artificial "
                    + "Intelligence", "UAI", 1984, "PMLR", false)),
            // annual since 2016 (the 25th); earlier editions were every other year and are not named from a key
            Map.entry("conf/ijcai", new Stream("Proceedings of the %s International Joint Conference on Artificial "
                    + "Intelligence", "IJCAI", 1991, "ijcai.org", false)),
            Map.entry("conf/cvpr", new Stream("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
                    + "Recognition (CVPR)", "CVPR", 0, "", false)),
            Map.entry("conf/iccv", new Stream("Proceedings of the IEEE/CVF International Conference on Computer "
                    + "Vision (ICCV)", "ICCV", 0, "", false)),
            Map.entry("journals/tmlr", new Stream("Transactions on Machine Learning Research", "TMLR", 0,
                    "OpenReview.net", true)),
            Map.entry("journals/jmlr", new Stream("Journal of Machine Learning Research", "JMLR", 0, "", true)));

    private VenueNames() {
    }

    /** The venue of a DBLP key, when its stream is one named here. */
    static Optional<Named> ofDblpKey(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        Stream s = STREAMS.get(m.group(1) + "/" + m.group(2));
        if (s == null) {
            return Optional.empty();
        }
        int year = 2000 + Integer.parseInt(m.group(3));
        if (s.shortName().equals("IJCAI") && year < 2016) {
            return Optional.empty();
        }
        String full = s.full();
        if (full.contains("%s")) {
            full = String.format(full, capitalised(ordinal(year - s.ordinalBase())));
        } else if (full.contains("%d")) {
            full = String.format(full, year - s.ordinalBase());
        }
        return Optional.of(new Named(full, s.shortName() + (s.journal() ? "" : " " + year), String.valueOf(year),
                s.publisher(), s.journal()));
    }

    /** The name authors write for an ACL Anthology volume ({@code 2024.findings-acl} → "Findings of ACL 2024"). */
    static Optional<String> shortAcl(String aclId) {
        Matcher m = Pattern.compile("^(\\d{4})\\.([a-z]+)-([a-z]+)\\.\\d+$").matcher(aclId);
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group(1);
        if (m.group(2).equals("findings")) {
            return Optional.of("Findings of " + m.group(3).toUpperCase() + " " + year);
        }
        return Optional.of(m.group(2).toUpperCase() + " " + year);
    }

    private static final String[] UNITS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight",
        "ninet"};

    /** 13 → "thirteenth", 42 → "forty-second", 40 → "fortieth" (below 100). */
    static String ordinal(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return units == 0 ? TENS[tens] + "ieth" : TENS[tens] + "y-" + UNITS[units];
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
