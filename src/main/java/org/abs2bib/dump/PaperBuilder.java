package org.abs2bib.dump;

import java.util.ArrayList;
import java.util.List;

/** Collects the pieces of one paper while its lines go by. */
final class PaperBuilder {
    final int line;
    private final StringBuilder title = new StringBuilder();
    private final StringBuilder abstractText = new StringBuilder();
    private final List<String> authors = new ArrayList<>();
    private String arxivId = "";
    private String category = "";

    PaperBuilder(int line) {
        this.line = line;
    }

    PaperBuilder title(String text) {
        append(title, text);
        return this;
    }

    PaperBuilder abstractText(String text) {
        append(abstractText, text);
        return this;
    }

    PaperBuilder authors(List<String> names) {
        authors.addAll(names);
        return this;
    }

    PaperBuilder arxivId(String id) {
        arxivId = id;
        return this;
    }

    PaperBuilder category(String code) {
        if (category.isEmpty()) {
            category = code;
        }
        return this;
    }

    boolean hasArxivId() {
        return !arxivId.isEmpty();
    }

    boolean hasTitle() {
        return title.length() > 0;
    }

    boolean hasAbstract() {
        return abstractText.length() > 0;
    }

    /** Hands the paper to the sink, warning when it has no abstract. */
    void emit(PaperSink sink) {
        if (!hasTitle()) {
            if (hasAbstract()) {
                sink.warn(line, "text with no title before it was skipped: \"" + TextShape.shorten(abstractText) + "\"");
            }
            return;
        }
        if (!hasAbstract()) {
            sink.warn(line, "\"" + TextShape.shorten(title) + "\" has no abstract; its entry is written without one");
        }
        sink.paper(new Paper(TextShape.collapse(title.toString()), TextShape.collapse(abstractText.toString()),
                authors, arxivId, category, line));
    }

    private static void append(StringBuilder to, String text) {
        if (to.length() > 0) {
            to.append(' ');
        }
        to.append(text.strip());
    }

}
