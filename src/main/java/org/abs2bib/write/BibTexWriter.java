package org.abs2bib.write;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.abs2bib.bib.CitationName;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * Writes references as BibTeX in the shape arXiv's own export has ({@code @misc} with the eprint triple), which
 * BibTeX styles and biber both understand; or, as {@linkplain #biblatex BibLaTeX}, in the shape biblatex users expect
 * ({@code @online} with {@code eprinttype}, {@code eprintclass} and {@code date}). Field and entry order are fixed, so
 * output is byte-stable.
 */
public final class BibTexWriter implements ReferenceWriter {
    private final LatexText latex;
    private final AlignedFormatter formatter;
    private final String keywordSeparator;
    private final boolean biblatex;

    public BibTexWriter(boolean asciiOnly, int align, String keywordSeparator) {
        this(asciiOnly, align, keywordSeparator, false);
    }

    private BibTexWriter(boolean asciiOnly, int align, String keywordSeparator, boolean biblatex) {
        this.latex = new LatexText(asciiOnly);
        this.formatter = new AlignedFormatter(align);
        this.keywordSeparator = keywordSeparator;
        this.biblatex = biblatex;
    }

    /** The BibLaTeX flavour: {@code @online} for arXiv papers ({@code @misc} for others), {@code date}, eprint fields. */
    public static BibTexWriter biblatex(boolean asciiOnly, int align, String keywordSeparator) {
        return new BibTexWriter(asciiOnly, align, keywordSeparator, true);
    }

    @Override
    public void header(Writer out, String comment) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("% " + line + "\n");
        }
    }

    @Override
    public String format(Reference r) {
        StringWriter text = new StringWriter(r.abstractText().length() + 512);
        text.write("% " + r.source() + ":" + r.line() + "\n");
        try {
            formatter.format(entry(r), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    @Override
    public void writeFormatted(String formatted, Writer out) throws IOException {
        out.write('\n');
        out.write(formatted);
    }

    @Override
    public void footer(Writer out) {
    }

    /**
     * The entry's fields in order, name to BibTeX value (without the outer braces): what {@link #write} writes, for
     * callers that build entries of their own, such as the JabRef importer.
     */
    public java.util.LinkedHashMap<String, String> fields(Reference r) {
        java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
        entry(r).getFields().forEach((k, v) -> fields.put(k.getValue(), v.toUserString()));
        return fields;
    }

    /**
     * The entry type: {@code article} for a journal article, {@code inproceedings} for a paper in proceedings, else
     * {@code misc} ({@code online} for arXiv in BibLaTeX).
     */
    public String type(Reference r) {
        return r.isArticle() ? "article" : r.isProceedings() ? "inproceedings"
                : biblatex && r.isArxiv() ? "online" : "misc";
    }

    BibTeXEntry entry(Reference r) {
        BibTeXEntry e = new BibTeXEntry(new Key(type(r)), new Key(r.key()));
        put(e, "title", latex.title(r.title()).latex());
        put(e, "author", authors(r.authors()));
        if (r.authors().isEmpty()) {
            // what styles sort and label an entry without author by (natbib "[AutoFlow]", alpha "Aut")
            put(e, "key", latex.text(CitationName.of(latex.plain(r.title()))).latex());
        }
        put(e, "booktitle", latex.text(r.booktitle()).latex());
        if (r.isArticle()) {
            Reference.Journal j = r.journal();
            put(e, biblatex ? "journaltitle" : "journal", latex.text(j.name()).latex());
            put(e, "volume", latex.text(j.volume()).latex());
            put(e, "number", latex.text(j.number()).latex());
            put(e, "pages", latex.text(j.pages().replaceFirst("^(\\d+)-(\\d+)$", "$1--$2")).latex());
        }
        if (r.isProceedings()) {
            put(e, "pages", latex.text(r.journal().pages().replaceFirst("^(\\d+)-(\\d+)$", "$1--$2")).latex());
        }
        if (!r.isArticle()) { // a journal's publisher is not part of a citation; biblatex's article has no such field
            put(e, "publisher", latex.text(r.publisher()).latex());
        }
        put(e, biblatex ? "date" : "year", r.year());
        put(e, "eprint", r.eprint());
        if (r.isArxiv()) {
            put(e, biblatex ? "eprinttype" : "archivePrefix", biblatex ? "arxiv" : "arXiv");
        }
        put(e, biblatex ? "eprintclass" : "primaryClass", r.primaryClass());
        if (r.isArxiv() && !biblatex && !r.isPublished()) {
            // classic styles (plain, unsrt) print no eprint field; without this an arXiv paper reads as unpublished
            // text of unknown origin. It is also what Pandoc turns into the CSL publisher, as our CSL-JSON has it.
            put(e, "howpublished", "arXiv");
        }
        if (biblatex && !r.isArxiv() && !r.pmid().isEmpty()) {
            put(e, "eprint", r.pmid()); // BibLaTeX's data model has no pmid field; eprinttype pubmed is its way
            put(e, "eprinttype", "pubmed");
        }
        put(e, "doi", r.doi());
        put(e, "pmid", biblatex ? "" : r.pmid());
        put(e, "url", r.url());
        put(e, "note", r.journalRef().isEmpty() ? "" : latex.text(r.journalRef()).latex());
        put(e, "abstract", latex.text(r.abstractText()).latex());
        put(e, "keywords", keywords(r.keywords()));
        return e;
    }

    String authors(List<Name> names) {
        return String.join(" and ", names.stream().map(n -> latex.text(n.bibtex()).latex()).toList());
    }

    String keywords(List<String> tags) {
        return String.join(keywordSeparator, tags.stream().map(t -> latex.text(t).latex()).toList());
    }

    private static void put(BibTeXEntry e, String name, String value) {
        if (!value.isEmpty()) {
            e.addField(new Key(name), new StringValue(value, StringValue.Style.BRACED));
        }
    }
}
