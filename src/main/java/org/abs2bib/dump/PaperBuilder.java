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
    private String doi = "";
    private String pmid = "";
    private Citation citation = Citation.NONE;

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

    /** Appends a line of a hard-wrapped abstract, joining a word that a PDF hyphenated at the line's end. */
    PaperBuilder abstractLine(String text) {
        Hyphenation.join(abstractText, text);
        return this;
    }

    /** Appends a line of a hard-wrapped title, joining a hyphenated word as for abstracts. */
    PaperBuilder titleLine(String text) {
        Hyphenation.join(title, text);
        return this;
    }

    PaperBuilder authors(List<String> names) {
        names.forEach(n -> authors.add(TexAccents.decode(n)));
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

    PaperBuilder doi(String value) {
        if (doi.isEmpty()) {
            doi = value;
        }
        return this;
    }

    PaperBuilder pmid(String value) {
        if (pmid.isEmpty()) {
            pmid = value;
        }
        return this;
    }

    PaperBuilder citation(Citation value) {
        citation = value;
        return this;
    }

    /** Every identifier the line carries, where the paper has none of that kind yet. */
    PaperBuilder ids(Ids ids) {
        if (!ids.arxiv().isEmpty() && arxivId.isEmpty()) {
            arxivId = ids.arxiv();
        }
        doi(ids.doi());
        pmid(ids.pmid());
        category(ids.category());
        return this;
    }

    String arxivIdText() {
        return arxivId;
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

    boolean hasAuthors() {
        return !authors.isEmpty();
    }

    /** Something beside the title says this is a paper: an abstract, authors or an identifier. */
    boolean hasEvidence() {
        return hasAbstract() || hasAuthors() || hasArxivId() || !doi.isEmpty() || !pmid.isEmpty();
    }

    int authorCount() {
        return authors.size();
    }

    /** Drops the authors after the first {@code n}: a wrapped list read again whole. */
    void truncateAuthors(int n) {
        authors.subList(n, authors.size()).clear();
    }

    boolean hasOtherIds() {
        return !doi.isEmpty() || !pmid.isEmpty();
    }

    String abstractString() {
        return abstractText.toString();
    }

    int abstractLength() {
        return abstractText.length();
    }

    String titleText() {
        return title.toString();
    }

    /** Hands the paper to the sink, warning when it has no abstract. */
    void emit(PaperSink sink) {
        emit(sink, t -> t);
    }

    /** As {@link #emit(PaperSink)}, with the title passed through {@code titleFix} (a source's own convention). */
    void emit(PaperSink sink, java.util.function.UnaryOperator<String> titleFix) {
        if (!hasTitle()) {
            if (hasAbstract()) {
                sink.warn(line, "text with no title before it was skipped: \"" + TextShape.shorten(abstractText) + "\"");
            }
            return;
        }
        if (!hasAbstract()) {
            sink.warn(line, "\"" + TextShape.shorten(title) + "\" has no abstract; its entry is written without one");
        }
        sink.paper(new Paper(titleFix.apply(TextShape.collapse(title.toString())), TextShape.collapse(abstractText.toString()),
                authors, arxivId, category, line, doi, pmid, citation));
    }

    private static void append(StringBuilder to, String text) {
        if (to.length() > 0) {
            to.append(' ');
        }
        to.append(text.strip());
    }
}
