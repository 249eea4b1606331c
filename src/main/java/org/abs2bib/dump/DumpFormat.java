package org.abs2bib.dump;

/** The shapes of dump the reader detects; reported to the user so a surprising result can be explained. */
public enum DumpFormat {
    /** One line a title, the next its abstract, as copied from a trending-papers page. */
    LINES("title and abstract lines"),
    /** Papers separated by blank lines; abstracts may be wrapped over several lines. */
    BLOCKS("blank-line separated blocks"),
    /** Titles carry list numbers or bullets ({@code 1. Title}, {@code - Title}); abstracts follow, possibly wrapped. */
    NUMBERED("numbered or bulleted titles"),
    /** arXiv-listing style: {@code Title:}, {@code Authors:}, {@code Abstract:} labels. */
    LABELLED("labelled Title:/Authors:/Abstract: blocks");

    private final String description;

    DumpFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
