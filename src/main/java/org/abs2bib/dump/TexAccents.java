package org.abs2bib.dump;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv's e-mails and listings print authors' names in TeX ({@code Michal \v{S}tef\'anik}); a name is kept as the
 * letters it stands for ({@code Michal Štefánik}), so keys, sorting and every output format see one spelling.
 */
final class TexAccents {
    private static final Pattern ACCENT = Pattern.compile("\\{?\\\\([`'^\"~=.uvHckr])\\s*\\{?\\s*(\\\\?[A-Za-z])}?}?");
    private static final Pattern LETTER = Pattern.compile("\\{?\\\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j)\\b\\s*}?");
    private static final Map<Character, Character> MARKS = Map.ofEntries(Map.entry('`', '\u0300'),
            Map.entry('\'', '\u0301'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'), Map.entry('~', '\u0303'),
            Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'), Map.entry('v', '\u030C'),
            Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'), Map.entry('r', '\u030A'));
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"),
            Map.entry("i", "ı"), Map.entry("j", "ȷ"));

    private TexAccents() {
    }

    static String decode(String name) {
        if (name.indexOf('\\') < 0) {
            return name;
        }
        Matcher m = ACCENT.matcher(name);
        String t = m.replaceAll(r -> {
            String base = r.group(2).equals("\\i") ? "i" : r.group(2).equals("\\j") ? "j" : r.group(2);
            return Matcher.quoteReplacement(base + MARKS.get(r.group(1).charAt(0)));
        });
        t = LETTER.matcher(t).replaceAll(r -> Matcher.quoteReplacement(LETTERS.get(r.group(1))));
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }
}
