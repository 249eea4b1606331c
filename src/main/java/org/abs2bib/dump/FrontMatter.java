package org.abs2bib.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * YAML front matter of a note (Obsidian, Jekyll, Hugo): {@code title:}, {@code authors:} as a flow list
 * ({@code [A, B]}) or a block list ({@code - A}), and identifiers in any key. Only the flat keys notes use for a
 * paper are read; nested YAML is passed over.
 */
final class FrontMatter {
    private String title = "";
    private final List<String> authors = new ArrayList<>();
    private final StringBuilder idText = new StringBuilder();
    private String listKey = "";

    void line(String line) {
        String t = line.stripTrailing();
        if (t.isBlank() || t.stripLeading().startsWith("#")) {
            return;
        }
        if (t.stripLeading().startsWith("- ") && !listKey.isEmpty()) {
            value(listKey, t.stripLeading().substring(2), true);
            return;
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || Character.isWhitespace(t.charAt(0))) {
            return;
        }
        String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = t.substring(colon + 1).strip();
        listKey = value.isEmpty() ? key : "";
        value(key, value, false);
    }

    private void value(String key, String raw, boolean item) {
        String v = unquote(raw.strip());
        switch (key) {
            case "title", "name" -> {
                if (!item) {
                    title = v;
                }
            }
            case "authors", "author", "creators", "creator" -> {
                if (v.startsWith("[") && v.endsWith("]")) {
                    for (String a : v.substring(1, v.length() - 1).split(",")) {
                        add(unquote(a.strip()));
                    }
                } else if (item) {
                    add(v);
                } else if (!v.isEmpty()) {
                    List<String> names = AuthorLine.names(v, true);
                    if (names != null) {
                        authors.addAll(names);
                    } else {
                        add(v);
                    }
                }
            }
            default -> idText.append(' ').append(key.equals("arxiv") || key.equals("arxiv_id") || key.equals("eprint")
                    ? "arXiv:" + v : key.equals("doi") ? "doi:" + v : key.equals("pmid") ? "PMID: " + v : v);
        }
    }

    private void add(String name) {
        String n = name.replaceAll("^\\[\\[|]]$", "").strip();
        if (!n.isEmpty()) {
            authors.add(n);
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    String title() {
        return title;
    }

    List<String> authors() {
        return authors;
    }

    Ids ids() {
        return Ids.in(idText.toString());
    }
}
