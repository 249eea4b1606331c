package org.abs2bib.write;

import java.util.Locale;

/** What abs2bib writes: {@code --format bibtex|biblatex|csl-json}. */
public enum OutputFormat {
    BIBTEX, BIBLATEX, CSL_JSON;

    /** Parses "bibtex", "biblatex" or "csl-json"; anything else is refused with the known names. */
    public static OutputFormat parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "bibtex" -> BIBTEX;
            case "biblatex" -> BIBLATEX;
            case "csl-json", "csljson", "csl" -> CSL_JSON;
            default -> throw new IllegalArgumentException("unknown format \"" + name
                    + "\"; known: bibtex, biblatex, csl-json");
        };
    }

    public ReferenceWriter writer(boolean asciiOnly, int align, String keywordSeparator) {
        return switch (this) {
            case BIBTEX -> new BibTexWriter(asciiOnly, align, keywordSeparator);
            case BIBLATEX -> BibTexWriter.biblatex(asciiOnly, align, keywordSeparator);
            case CSL_JSON -> new CslJsonWriter(keywordSeparator);
        };
    }
}
