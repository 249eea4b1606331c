package org.abs2bib.bib;

import java.text.Normalizer;
import java.util.Map;

/** ASCII folding for citation keys: Rücklé → Ruckle, Søgaard → Sogaard, Weiß → Weiss. */
final class Ascii {
    private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('þ', "th"), Map.entry('Þ', "Th"), Map.entry('ı', "i"));

    private Ascii() {
    }

    /** The letters and digits of {@code text} in ASCII; everything else (and scripts with no Latin form) dropped. */
    static String alnum(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (SPECIAL.containsKey(c)) {
                out.append(SPECIAL.get(c));
            }
        }
        return out.toString();
    }
}
