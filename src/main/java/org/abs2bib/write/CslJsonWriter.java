package org.abs2bib.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.abs2bib.bib.CitationName;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;

/**
 * CSL-JSON for Zotero, Pandoc and citeproc: CSL has no preprint type, so {@code "type": "article"} with
 * {@code publisher: "arXiv"} and {@code number: "arXiv:ID"}. Text is plain Unicode (LaTeX read as it typesets);
 * titles are in sentence case with {@code <span class="nocase">} where the BibTeX braces protect capitals, as CSL
 * expects them and as pandoc reads the same title from the {@code .bib}: both files give one reference.
 */
public final class CslJsonWriter implements ReferenceWriter {
    private final ObjectMapper json = new ObjectMapper();
    private final LatexText latex = new LatexText(false);
    private final String keywordSeparator;
    private boolean first = true;

    public CslJsonWriter(String keywordSeparator) {
        this.keywordSeparator = keywordSeparator;
    }

    @Override
    public void header(Writer out, String comment) throws IOException {
        out.write("[");
    }

    @Override
    public String format(Reference r) {
        try {
            return json.writeValueAsString(item(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an item of strings always serialises", e);
        }
    }

    @Override
    public void writeFormatted(String formatted, Writer out) throws IOException {
        // one item a line: readable, diff-friendly, and written as it comes, however long the dump
        out.write(first ? "\n" : ",\n");
        first = false;
        out.write(formatted);
    }

    @Override
    public void footer(Writer out) throws IOException {
        out.write(first ? "]\n" : "\n]\n");
    }

    ObjectNode item(Reference r) {
        ObjectNode o = json.createObjectNode();
        o.put("id", r.key());
        o.put("type", r.isArticle() ? "article-journal" : r.isProceedings() ? "paper-conference" : "article");
        o.put("title", latex.title(r.title()).csl());
        if (!r.authors().isEmpty()) {
            ArrayNode authors = o.putArray("author");
            for (Name n : r.authors()) {
                ObjectNode a = authors.addObject().put("family", latex.plain(n.family()));
                if (!n.given().isEmpty()) {
                    a.put("given", latex.plain(n.given()));
                }
                if (!n.suffix().isEmpty()) {
                    a.put("suffix", n.suffix());
                }
            }
        }
        if (!r.year().isEmpty()) {
            o.putObject("issued").putArray("date-parts").addArray().add(Integer.parseInt(r.year()));
        }
        if (r.isArxiv() && !r.isPublished()) {
            o.put("publisher", "arXiv");
            o.put("number", "arXiv:" + r.eprint());
        }
        put(o, "publisher", r.publisher());
        if (r.isProceedings()) {
            put(o, "container-title", latex.plain(r.booktitle()));
            put(o, "page", r.journal().pages());
        }
        if (r.isArticle()) {
            put(o, "container-title", latex.plain(r.journal().name()));
            put(o, "volume", r.journal().volume());
            put(o, "issue", r.journal().number());
            put(o, "page", r.journal().pages());
        }
        if (r.authors().isEmpty()) {
            put(o, "citation-label", CitationName.of(latex.plain(r.title())));
        }
        put(o, "DOI", r.doi());
        put(o, "PMID", r.pmid());
        put(o, "URL", r.url());
        put(o, "note", r.journalRef());
        put(o, "abstract", latex.plain(r.abstractText()));
        put(o, "keyword", String.join(keywordSeparator, r.keywords()));
        return o;
    }

    private static void put(ObjectNode o, String name, String value) {
        if (!value.isEmpty()) {
            o.put(name, value);
        }
    }
}
