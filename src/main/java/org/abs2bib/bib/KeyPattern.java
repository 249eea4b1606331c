package org.abs2bib.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation-key pattern in JabRef's language: {@code [auth]}, {@code [authEtAl]}, {@code [authorsAlpha]} is not
 * supported; {@code [year]}, {@code [shorttitle]} (first three significant title words),
 * {@code [veryshorttitle]} (the first), {@code [camel]} (all title words) and {@code [title]}, plus abs2bib's own
 * {@code [shortname]} (the name before a title's colon, up to three words, else [shorttitle]), each with optional
 * {@code :lower} / {@code :upper}, and literal text between them.
 *
 * <p>The default, {@code [auth:lower][year][veryshorttitle:lower]}, gives Google Scholar's {@code vaswani2017attention};
 * while authors and year are unknown it falls back to the title word alone ({@code autoflow}).
 */
public final class KeyPattern {
    public static final String DEFAULT = "[auth:lower][year][veryshorttitle:lower]";
    /** For papers without authors: the name a title gives its method ({@code autoflow}), else its first words. */
    public static final String DEFAULT_WITHOUT_AUTHORS = "[shortname:lower]";
    private static final Pattern TOKEN = Pattern.compile("\\[([A-Za-z]+)((?::[a-z]+)*)]");
    private static final Set<String> FIELDS = Set.of("auth", "autheta", "authetal", "year", "shorttitle",
            "veryshorttitle", "camel", "title", "shortname");
    private static final Set<String> MODIFIERS = Set.of("lower", "upper");
    /** JabRef's function words, skipped by [shorttitle] and [veryshorttitle]. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "above", "about", "across", "against",
            "along", "among", "around", "at", "before", "behind", "below", "beneath", "beside", "between", "beyond",
            "by", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
            "onto", "since", "to", "toward", "through", "under", "until", "up", "upon", "with", "within", "without",
            "and", "but", "nor", "or", "so", "yet", "is", "are", "can", "do", "does", "we", "how", "what", "when",
            "why", "via", "towards");

    private final String pattern;
    private final List<Object> parts; // String literal or Token

    private record Token(String field, List<String> modifiers) {
    }

    private KeyPattern(String pattern, List<Object> parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    /** Parses a pattern; unknown fields or modifiers are refused with a message naming them. */
    public static KeyPattern parse(String pattern) {
        List<Object> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(literal(pattern.substring(last, m.start()), pattern));
            }
            String field = m.group(1);
            if (!FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown key pattern field [" + field + "] in \"" + pattern
                        + "\"; known: [auth] [authEtAl] [year] [shorttitle] [veryshorttitle] [shortname] [camel] [title]");
            }
            List<String> modifiers = new ArrayList<>();
            for (String mod : m.group(2).split(":")) {
                if (mod.isEmpty()) {
                    continue;
                }
                if (!MODIFIERS.contains(mod)) {
                    throw new IllegalArgumentException("unknown key pattern modifier :" + mod + " in \"" + pattern
                            + "\"; known: :lower :upper");
                }
                modifiers.add(mod);
            }
            parts.add(new Token(field.toLowerCase(Locale.ROOT), modifiers));
            last = m.end();
        }
        if (last < pattern.length()) {
            parts.add(literal(pattern.substring(last), pattern));
        }
        if (parts.stream().noneMatch(p -> p instanceof Token)) {
            throw new IllegalArgumentException("key pattern \"" + pattern + "\" has no [field]; try " + DEFAULT);
        }
        return new KeyPattern(pattern, List.copyOf(parts));
    }

    private static String literal(String text, String pattern) {
        if (!text.matches("[A-Za-z0-9_:./-]*")) {
            throw new IllegalArgumentException("key pattern \"" + pattern + "\" has text a citation key cannot hold: \""
                    + text + "\"");
        }
        return text;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /**
     * The key for a paper, before clashes are resolved; never empty (an empty result becomes {@code paper}).
     *
     * @param families authors' family names in order (may be empty)
     * @param year     the year, or empty
     * @param title    the title as plain text
     */
    public String apply(List<String> families, String year, String title) {
        StringBuilder key = new StringBuilder();
        List<String> words = titleWords(title);
        for (Object part : parts) {
            if (part instanceof String s) {
                key.append(s);
                continue;
            }
            Token t = (Token) part;
            String value = switch (t.field()) {
                case "auth" -> families.isEmpty() ? "" : Ascii.alnum(families.get(0));
                case "authetal" -> authEtAl(families);
                case "year" -> year;
                case "shorttitle" -> String.join("", significant(words, 3));
                case "veryshorttitle" -> String.join("", significant(words, 1));
                case "shortname" -> shortName(title, words);
                case "camel" -> camel(words);
                default -> String.join("", words);
            };
            for (String mod : t.modifiers()) {
                value = mod.equals("lower") ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT);
            }
            key.append(value);
        }
        String result = key.toString();
        return Ascii.alnum(result).isEmpty() ? "paper" : result;
    }

    private static String authEtAl(List<String> families) {
        if (families.isEmpty()) {
            return "";
        }
        String first = Ascii.alnum(families.get(0));
        if (families.size() == 1) {
            return first;
        }
        return families.size() == 2 ? first + Ascii.alnum(families.get(1)) : first + "EtAl";
    }

    private static List<String> titleWords(String title) {
        List<String> words = new ArrayList<>();
        for (String w : title.split("[\\s/]+")) {
            String a = Ascii.alnum(w);
            if (!a.isEmpty()) {
                words.add(a);
            }
        }
        return words;
    }

    private static List<String> significant(List<String> words, int n) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (out.size() == n) {
                break;
            }
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out.isEmpty() && !words.isEmpty() ? List.of(words.get(0)) : out;
    }

    /** "AutoFlow: Automated Workflow…" → AutoFlow; "Few-Shot Bot: …" → FewShotBot; no colon → [shorttitle]. */
    private static String shortName(String title, List<String> words) {
        int colon = title.indexOf(':');
        if (colon > 0) {
            List<String> head = titleWords(title.substring(0, colon));
            if (!head.isEmpty() && head.size() <= 3) {
                return String.join("", head);
            }
        }
        return String.join("", significant(words, 3));
    }

    private static String camel(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return out.toString();
    }
}
