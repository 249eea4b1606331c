package org.abs2bib.dump;

/**
 * The shapes and sources of dump the reader recognises; reported to the user ("234 papers read (title and abstract
 * lines)") so a surprising result can be explained.
 */
public enum DumpFormat {
    /** One line a title, the next its abstract, as copied from a trending-papers page. */
    LINES("title and abstract lines"),
    /** Papers separated by blank lines; abstracts may be wrapped over several lines. */
    BLOCKS("blank-line separated blocks"),
    /** Titles carry list numbers or bullets ({@code 1. Title}, {@code - Title}); abstracts follow, possibly wrapped. */
    NUMBERED("numbered or bulleted titles"),
    /** arXiv-listing style: {@code Title:}, {@code Authors:}, {@code Abstract:} labels. */
    LABELLED("labelled Title:/Authors:/Abstract: blocks"),
    /** An arXiv {@code /list} page: ids, titles, author lines, Comments, Subjects, abstracts. */
    ARXIV_LISTING("arXiv listing"),
    /** arXiv's search results with abstracts. */
    ARXIV_SEARCH("arXiv search results"),
    /** One or more arXiv abstract pages copied whole. */
    ARXIV_PAGE("arXiv abstract page"),
    /** arXiv's RSS or Atom items as a feed reader shows them. */
    ARXIV_FEED("arXiv feed items"),
    /** Hugging Face's trending, daily or paper pages. */
    HUGGING_FACE("Hugging Face papers page"),
    /** A Google Scholar alert e-mail. */
    SCHOLAR_ALERT("Google Scholar alert"),
    /** An OpenReview venue or forum page. */
    OPENREVIEW("OpenReview page"),
    /** A proceedings page: NeurIPS, PMLR, the ACL Anthology. */
    PROCEEDINGS("proceedings page"),
    /** PubMed's "Abstract (text)" export. */
    PUBMED("PubMed abstract export"),
    /** A Markdown reading list or notes (Notion, Obsidian). */
    MARKDOWN("Markdown notes"),
    /** An e-mail, a reply or a forward. */
    MAIL("e-mail"),
    /** A chat copied from Slack, Teams or Discord. */
    CHAT("chat messages"),
    /** A spreadsheet copied as TSV or saved as CSV, with a header row. */
    TABLE("spreadsheet with a header row"),
    /** Text copied from the first pages of PDFs. */
    PDF("text copied from PDFs"),
    /** Papers with labels, links or author lines, from a source not recognised by name. */
    RECORDS("papers with labels, links or author lines");

    private final String description;

    DumpFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
