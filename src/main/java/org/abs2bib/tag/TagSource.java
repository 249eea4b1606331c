package org.abs2bib.tag;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where tags come from; the CLI's {@code --tags vocab,phrases,arxiv}. */
public enum TagSource {
    /** The controlled topic vocabulary. */
    VOCAB,
    /** Statistical keyphrases from the text. */
    PHRASES,
    /** arXiv categories, when a lookup ran. */
    ARXIV;

    /** Parses "vocab,phrases,arxiv" (or "none"); unknown names are refused with the known ones. */
    public static Set<TagSource> parse(String list) {
        Set<TagSource> sources = EnumSet.noneOf(TagSource.class);
        for (String name : list.split(",")) {
            String n = name.strip().toUpperCase(Locale.ROOT);
            if (n.isEmpty() || n.equals("NONE")) {
                continue;
            }
            try {
                sources.add(valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown tag source \"" + name.strip()
                        + "\"; known: vocab, phrases, arxiv (or none)");
            }
        }
        return sources;
    }
}
