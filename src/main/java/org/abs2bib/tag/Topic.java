package org.abs2bib.tag;

import java.util.List;

/**
 * One entry of a topic vocabulary.
 *
 * @param tag     the spelling every entry gets ("in-context learning")
 * @param aliases what it is found as in titles and abstracts
 * @param parent  the tag it nests under for JabRef groups, or empty
 */
public record Topic(String tag, List<String> aliases, String parent) {
    public Topic {
        aliases = List.copyOf(aliases);
    }
}
