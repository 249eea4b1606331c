package org.abs2bib.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads arXiv-listing style dumps: {@code Title:}, {@code Authors:}, {@code Abstract:} and the other labels arXiv's
 * listings and mailings print, with values continued on following lines, {@code \\} separators, and an abstract
 * that may follow a separator without a label.
 */
final class LabelledParser {
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(title|authors?|abstract|comments|subjects|categories|journal-ref|doi|date|report-no|msc-class"
                    + "|acm-class|license|submitted|from)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\\\\\\\.*$");
    private static final Pattern AFFILIATION = Pattern.compile("\\([^()]*\\)");
    /** "Computation and Language (cs.CL)" in listings; "cs.CL cs.AI" in mailings. */
    private static final Pattern CATEGORY = Pattern.compile("\\(([a-z-]+(?:\\.[A-Za-z-]+)?)\\)|^\\s*([a-z-]+\\.[A-Za-z-]+)\\b");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");

    private final PaperSink sink;
    private PaperBuilder current;
    private String field = "";
    private final StringBuilder authors = new StringBuilder();
    private boolean afterSeparator;

    LabelledParser(PaperSink sink) {
        this.sink = sink;
    }

    static boolean isTitleLabel(String text) {
        Matcher m = LABEL.matcher(text);
        return m.matches() && m.group(1).equalsIgnoreCase("title");
    }

    void accept(Line line) {
        String text = line.text();
        if (line.isBlank()) {
            field = "";
            return;
        }
        if (SEPARATOR.matcher(text).matches()) {
            field = "";
            afterSeparator = true;
            return;
        }
        String id = TextShape.arxivIdLine(text);
        if (id != null) {
            // listings put the id first; a copy may put it after the title: it belongs to the record being read
            // unless that record already has an id or is complete
            if (current != null && current.hasTitle() && (current.hasArxivId() || current.hasAbstract())) {
                finishCurrent();
            }
            if (current == null) {
                current = new PaperBuilder(line.number());
            }
            current.arxivId(id);
            field = "";
            return;
        }
        Matcher m = LABEL.matcher(text);
        if (m.matches()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            if (label.equals("title") && current != null && current.hasTitle()) {
                finishCurrent();
            }
            if (current == null) {
                current = new PaperBuilder(line.number());
            }
            field = label.startsWith("author") ? "authors" : label;
            afterSeparator = false;
            value(m.group(2));
            return;
        }
        if (field.isEmpty() && afterSeparator && current != null && current.hasTitle() && !current.hasAbstract()) {
            field = "abstract"; // arXiv mailings put the abstract between two \\ lines, without a label
        }
        if (field.isEmpty()) {
            if (current != null && current.hasTitle() && !current.hasAbstract()) {
                field = "abstract";
            } else {
                sink.warn(line.number(), "line outside any labelled field was skipped: \"" + TextShape.shorten(text) + "\"");
                return;
            }
        }
        value(text);
    }

    private void value(String text) {
        if (text.isBlank()) {
            return;
        }
        switch (field) {
            case "title" -> current.title(text);
            case "abstract" -> current.abstractText(text);
            case "authors" -> authors.append(' ').append(text.strip());
            case "subjects", "categories" -> {
                Matcher m = CATEGORY.matcher(text);
                if (m.find()) {
                    current.category(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
            default -> { } // comments, subjects, dates: not needed for the entry
        }
    }

    void finish() {
        finishCurrent();
    }

    private void finishCurrent() {
        if (current != null) {
            current.authors(splitAuthors(authors.toString()));
            current.emit(sink);
        }
        current = null;
        authors.setLength(0);
        field = "";
        afterSeparator = false;
    }

    static List<String> splitAuthors(String text) {
        List<String> names = new ArrayList<>();
        for (String name : AUTHOR_SPLIT.split(AFFILIATION.matcher(text).replaceAll(" "))) {
            String n = TextShape.collapse(name);
            if (!n.isEmpty() && !n.equalsIgnoreCase("et al.") && !n.equalsIgnoreCase("et al") && !n.equals("…")
                    && !n.equals("...")) {
                names.add(n);
            }
        }
        return names;
    }
}
