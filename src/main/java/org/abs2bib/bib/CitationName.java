package org.abs2bib.bib;

/**
 * What a paper without authors is cited by: BibTeX's {@code key} field, which styles use to sort and label an entry
 * that has no author ("[AutoFlow]" in natbib, "Aut" in alpha), instead of warning and printing a fragment.
 */
public final class CitationName {
    private static final java.util.Set<String> TRAILING = java.util.Set.of("a", "an", "the", "of", "for", "to", "in",
            "on", "and", "or", "with", "via", "from", "by", "at", "is", "are", "as", "into", "towards", "toward");

    private CitationName() {
    }

    /**
     * The name before the title's colon when it is a name (four words at most: "AutoFlow", "Few-Shot Bot"), else the
     * title's first three words ("Attention Is All").
     *
     * @param title the title as plain text
     */
    public static String of(String title) {
        String t = title.strip();
        int colon = t.indexOf(':');
        if (colon > 0) {
            String head = t.substring(0, colon).strip();
            if (!head.isEmpty() && head.split("\\s+").length <= 4) {
                return head;
            }
        }
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(t.split("\\s+")).subList(0,
                Math.min(3, t.split("\\s+").length)));
        // "Language Models for" reads cut off: a label ends on a word that carries meaning
        while (words.size() > 1 && TRAILING.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("[,;:.]+$", "");
    }
}
