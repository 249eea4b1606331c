package org.abs2bib.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One bibliography entry in format-neutral form: what every writer (BibTeX, BibLaTeX, CSL-JSON) needs. Title and
 * abstract are dump text (see {@link LatexText} for what they become); missing values are empty strings or lists,
 * never invented.
 */
public record Reference(String key, String title, String abstractText, List<Name> authors, String year,
                        String eprint, String primaryClass, String doi, String url, String journalRef,
                        List<String> keywords, String source, int line, Journal journal, String pmid,
                        String booktitle, String publisher) {
    /** Where a journal article appeared (from a PubMed citation line); {@link #NONE} for everything else. */
    public record Journal(String name, String volume, String number, String pages) {
        public static final Journal NONE = new Journal("", "", "", "");

        public Journal {
            java.util.Objects.requireNonNull(name);
            java.util.Objects.requireNonNull(volume);
            java.util.Objects.requireNonNull(number);
            java.util.Objects.requireNonNull(pages);
        }
    }

    public Reference {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        Objects.requireNonNull(abstractText);
        authors = List.copyOf(authors);
        Objects.requireNonNull(year);
        Objects.requireNonNull(eprint);
        Objects.requireNonNull(primaryClass);
        Objects.requireNonNull(doi);
        Objects.requireNonNull(url);
        Objects.requireNonNull(journalRef);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(source);
        Objects.requireNonNull(journal);
        Objects.requireNonNull(pmid);
        Objects.requireNonNull(booktitle);
        Objects.requireNonNull(publisher);
    }

    /** A paper in conference proceedings: written as {@code @inproceedings} with its {@code booktitle}. */
    public boolean isProceedings() {
        return !booktitle.isEmpty();
    }

    /** Published in a journal or proceedings (not only a preprint): the arXiv id is kept so both stay findable. */
    public boolean isPublished() {
        return isArticle() || isProceedings();
    }

    /** A journal article: written as {@code @article} with its journal, volume, number and pages. */
    public boolean isArticle() {
        return !journal.name().isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().key(key).title(title).abstractText(abstractText).authors(authors).year(year)
                .eprint(eprint).primaryClass(primaryClass).doi(doi).url(url).journalRef(journalRef).keywords(keywords)
                .source(source).line(line).journal(journal).pmid(pmid).booktitle(booktitle).publisher(publisher);
    }

    public boolean isArxiv() {
        return !eprint.isEmpty();
    }

    /** Builds a {@link Reference}; every value starts empty. */
    public static final class Builder {
        private String key = "";
        private String title = "";
        private String abstractText = "";
        private List<Name> authors = new ArrayList<>();
        private String year = "";
        private String eprint = "";
        private String primaryClass = "";
        private String doi = "";
        private String url = "";
        private String journalRef = "";
        private List<String> keywords = new ArrayList<>();
        private String source = "";
        private int line;
        private Journal journal = Journal.NONE;
        private String pmid = "";
        private String booktitle = "";
        private String publisher = "";

        public Builder booktitle(String v) {
            booktitle = v;
            return this;
        }

        public Builder publisher(String v) {
            publisher = v;
            return this;
        }

        public Builder journal(Journal v) {
            journal = v;
            return this;
        }

        public Builder pmid(String v) {
            pmid = v;
            return this;
        }

        public Builder key(String v) {
            key = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder abstractText(String v) {
            abstractText = v;
            return this;
        }

        public Builder authors(List<Name> v) {
            authors = new ArrayList<>(v);
            return this;
        }

        public Builder year(String v) {
            year = v;
            return this;
        }

        public Builder eprint(String v) {
            eprint = v;
            return this;
        }

        public Builder primaryClass(String v) {
            primaryClass = v;
            return this;
        }

        public Builder doi(String v) {
            doi = v;
            return this;
        }

        public Builder url(String v) {
            url = v;
            return this;
        }

        public Builder journalRef(String v) {
            journalRef = v;
            return this;
        }

        public Builder keywords(List<String> v) {
            keywords = new ArrayList<>(v);
            return this;
        }

        public Builder source(String v) {
            source = v;
            return this;
        }

        public Builder line(int v) {
            line = v;
            return this;
        }

        public Reference build() {
            return new Reference(key, title, abstractText, authors, year, eprint, primaryClass, doi, url, journalRef,
                    keywords, source, line, journal, pmid, booktitle, publisher);
        }
    }
}
