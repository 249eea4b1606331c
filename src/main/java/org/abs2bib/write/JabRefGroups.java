package org.abs2bib.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.abs2bib.bib.Reference;
import org.abs2bib.tag.Vocabulary;

/**
 * A JabRef group tree built from the tags, in the form JabRef 3.8 keeps in a {@code .bib} file: one keyword group
 * per tag, nested by the vocabulary's parents (a parent includes its subgroups), plus a top-level group for every
 * other tag that two or more entries share. A tag on a single entry groups nothing and gets no group.
 */
public final class JabRefGroups {
    /** A parent group shows its own entries and its subgroups' ({@code INCLUDING} in JabRef). */
    private static final int INCLUDING = 2;
    private static final int INDEPENDENT = 0;

    private JabRefGroups() {
    }

    /** The two {@code @Comment{jabref-meta: …}} blocks, ready to append after the entries. */
    public static String comments(List<Reference> references, Vocabulary vocabulary) {
        return comments(references, vocabulary, true);
    }

    /** The group tree, and the {@code databaseType} block JabRef writes before it unless the file has one. */
    public static String comments(List<Reference> references, Vocabulary vocabulary, boolean databaseType) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Reference r : references) {
            count(r.keywords(), uses);
        }
        return comments(uses, vocabulary, databaseType);
    }

    /** Adds an entry's keywords to the counts the group tree is built from, keeping the order tags first appear in. */
    public static void count(List<String> keywords, Map<String, Integer> uses) {
        keywords.forEach(k -> uses.merge(k, 1, Integer::sum));
    }

    /**
     * The group tree from keyword counts ({@link #count}), for a streamed conversion that holds no list of entries.
     */
    public static String comments(Map<String, Integer> uses, Vocabulary vocabulary, boolean databaseType) {
        // the vocabulary's tags with their ancestors, as a tree; the rest flat
        Node root = new Node("", "");
        for (Map.Entry<String, Integer> e : uses.entrySet()) {
            String keyword = e.getKey();
            List<String> path = path(keyword, vocabulary);
            if (path.isEmpty()) {
                if (e.getValue() >= 2) {
                    root.child(keyword, keyword);
                }
                continue;
            }
            Node n = root;
            for (int k = 0; k < path.size(); k++) {
                String name = path.get(k);
                String expression = k == path.size() - 1 ? keyword : String.join(" > ", path.subList(0, k + 1));
                n = n.child(name, keyword.contains(" > ") ? expression : name);
            }
        }
        StringBuilder out = new StringBuilder(databaseType ? "\n@Comment{jabref-meta: databaseType:bibtex;}\n" : "")
                .append("\n@Comment{jabref-meta: groupstree:\n0 AllEntriesGroup:;\n");
        root.write(out, 1);
        return out.append("}\n").toString();
    }

    /** The tag's place in the vocabulary, root first; empty for a tag the vocabulary does not know. */
    private static List<String> path(String keyword, Vocabulary vocabulary) {
        String tag = keyword.contains(" > ") ? keyword.substring(keyword.lastIndexOf(" > ") + 3) : keyword;
        return vocabulary.topics().containsKey(tag) ? vocabulary.path(tag) : List.of();
    }

    private static final class Node {
        final String name;
        final String expression;
        final Map<String, Node> children = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Node(String name, String expression) {
            this.name = name;
            this.expression = expression;
        }

        Node child(String childName, String childExpression) {
            return children.computeIfAbsent(childName, k -> new Node(childName, childExpression));
        }

        void write(StringBuilder out, int level) {
            for (Node c : new ArrayList<>(children.values())) {
                out.append(level).append(" KeywordGroup:").append(quote(c.name)).append("\\;")
                        .append(c.children.isEmpty() ? INDEPENDENT : INCLUDING).append("\\;keywords\\;")
                        .append(quote(c.expression)).append("\\;0\\;0\\;;\n");
                c.write(out, level + 1);
            }
        }

        /** JabRef escapes its separators in group names with a backslash. */
        private static String quote(String s) {
            return s.replace("\\", "\\\\").replace(";", "\\;");
        }
    }
}
