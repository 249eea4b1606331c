package org.abs2bib.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a vocabulary's topics in a text by looking up its word n-grams, so the cost is one pass over the words
 * whatever the size of the vocabulary. Lower-case aliases match in any case, with hyphens or spaces and in the plural;
 * aliases with a capital (acronyms: LLM, LoRA, CoT) match exactly, plural "s" allowed.
 */
public final class TopicMatcher {
    /** Acronyms this short (RL, QA) mean too many things to count on their own. */
    private static final int SHORT_ACRONYM = 2;

    private final Map<String, List<Topic>> anyCase = new HashMap<>();
    private final Map<String, List<Topic>> exactCase = new HashMap<>();
    private final Map<Topic, List<String>> shortAcronyms = new HashMap<>();
    private final Set<String> shortForms = new HashSet<>();
    /** Every proper word prefix of an alias: an n-gram that is none of these cannot grow into a match. */
    private final Set<String> anyCasePrefixes = new HashSet<>();
    private final Set<String> exactCasePrefixes = new HashSet<>();
    /** The first word of every alias: most words of a text begin none, and are passed over with one look-up. */
    private final Set<String> anyCaseFirstWords = new HashSet<>();
    private final Set<String> exactCaseFirstWords = new HashSet<>();
    private int longest = 1;

    public TopicMatcher(Vocabulary vocabulary) {
        for (Topic topic : vocabulary.topics().values()) {
            for (String alias : topic.aliases()) {
                List<String> words = Words.split(alias);
                if (words.isEmpty()) {
                    continue;
                }
                longest = Math.max(longest, words.size());
                boolean exact = !alias.equals(alias.toLowerCase(Locale.ROOT));
                if (exact && alias.length() <= SHORT_ACRONYM) {
                    shortAcronyms.computeIfAbsent(topic, t -> new ArrayList<>()).add(alias);
                    shortForms.add(alias);
                    shortForms.add(alias + "s");
                }
                List<String> keyWords = exact ? words : Words.lower(words);
                String key = String.join(" ", keyWords);
                (exact ? exactCaseFirstWords : anyCaseFirstWords).add(keyWords.get(0));
                if (keyWords.size() == 1) { // the plural forms below are one-word keys of their own
                    (exact ? exactCaseFirstWords : anyCaseFirstWords).addAll(exact ? List.of(key, key + "s")
                            : plurals(key));
                }
                for (int n = 1; n < keyWords.size(); n++) {
                    (exact ? exactCasePrefixes : anyCasePrefixes).add(String.join(" ", keyWords.subList(0, n)));
                }
                Map<String, List<Topic>> map = exact ? exactCase : anyCase;
                for (String form : exact ? List.of(key, key + "s") : plurals(key)) {
                    List<Topic> list = map.computeIfAbsent(form, k -> new ArrayList<>());
                    if (!list.contains(topic)) {
                        list.add(topic);
                    }
                }
            }
        }
    }

    private static List<String> plurals(String key) {
        List<String> forms = new ArrayList<>(List.of(key, key + "s"));
        if (key.endsWith("y")) {
            forms.add(key.substring(0, key.length() - 1) + "ies");
        } else if (key.endsWith("s") || key.endsWith("x") || key.endsWith("ch") || key.endsWith("sh")) {
            forms.add(key + "es");
        }
        return forms;
    }

    /** The topics found, each with how often; acronyms of one or two letters only with their long form or definition. */
    public Map<Topic, Integer> find(String text) {
        List<String> words = Words.split(text);
        List<String> lower = Words.lower(words);
        Map<Topic, Integer> found = new LinkedHashMap<>();
        Map<Topic, Integer> viaShortAcronym = new HashMap<>();
        StringBuilder exact = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            exact.setLength(0);
            any.setLength(0);
            boolean growAny = anyCaseFirstWords.contains(lower.get(i));
            boolean growExact = exactCaseFirstWords.contains(words.get(i));
            for (int n = 0; n < longest && i + n < words.size() && (growAny || growExact); n++) {
                if (n > 0) {
                    exact.append(' ');
                    any.append(' ');
                }
                exact.append(words.get(i + n));
                any.append(lower.get(i + n));
                if (growAny) {
                    String a = any.toString();
                    count(anyCase.get(a), found, null, "");
                    growAny = anyCasePrefixes.contains(a);
                }
                if (growExact) {
                    String e = exact.toString();
                    count(exactCase.get(e), found, viaShortAcronym, e);
                    growExact = exactCasePrefixes.contains(e);
                }
            }
        }
        for (Map.Entry<Topic, Integer> e : viaShortAcronym.entrySet()) {
            Topic t = e.getKey();
            boolean defined = shortAcronyms.get(t).stream().anyMatch(a -> text.contains("(" + a + ")"));
            if (found.containsKey(t) || defined) {
                found.merge(t, e.getValue(), Integer::sum);
            }
        }
        return found;
    }

    private void count(List<Topic> topics, Map<Topic, Integer> found, Map<Topic, Integer> shortOnes, String form) {
        if (topics == null) {
            return;
        }
        for (Topic t : topics) {
            boolean isShort = shortOnes != null && shortForms.contains(form);
            (isShort ? shortOnes : found).merge(t, 1, Integer::sum);
        }
    }
}
