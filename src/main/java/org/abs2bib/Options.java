package org.abs2bib;

import java.util.Objects;
import org.abs2bib.bib.KeyPattern;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.write.OutputFormat;
import org.abs2bib.tag.TagOptions;
import org.abs2bib.venue.PublishedOptions;

/**
 * How abs2bib converts: an immutable value with named presets, changed through {@code with…} copies, in the manner
 * of commons-csv's {@code CSVFormat}.
 *
 * <pre>{@code
 * Options o = Options.DEFAULT.withKeyPattern("[auth:lower][year]").withAsciiOnly(true);
 * }</pre>
 *
 * @param keyPattern       citation-key pattern (see {@link KeyPattern})
 * @param keyPatternWithoutAuthors the pattern used while a paper's authors are unknown
 * @param asciiOnly        write accents as LaTeX commands ({@code {\"u}}) for classic BibTeX instead of UTF-8
 * @param align            column the {@code =} signs line up at (field names are padded to this width)
 * @param keywordSeparator between tags in {@code keywords}; JabRef's default is ", "
 * @param tags             how keyword tags are chosen
 * @param lookup           whether and how arXiv is asked (off by default)
 * @param format           BibTeX, BibLaTeX or CSL-JSON
 * @param mergeDuplicates  one entry for a paper pasted twice (same normalized title or arXiv id)
 * @param published        whether and how the published versions of arXiv papers are looked for (off by default)
 */
public record Options(KeyPattern keyPattern, KeyPattern keyPatternWithoutAuthors, boolean asciiOnly, int align,
                      String keywordSeparator, TagOptions tags, LookupOptions lookup, OutputFormat format,
                      boolean mergeDuplicates, PublishedOptions published) {
    /** UTF-8 BibTeX for biber, pandoc and modern BibTeX; keys like Google Scholar's. */
    public static final Options DEFAULT = new Options(KeyPattern.parse(KeyPattern.DEFAULT),
            KeyPattern.parse(KeyPattern.DEFAULT_WITHOUT_AUTHORS), false, 13, ", ", TagOptions.DEFAULT,
            LookupOptions.off(Abs2Bib.userAgent()), OutputFormat.BIBTEX, true, PublishedOptions.off(Abs2Bib.userAgent()));
    /** Classic 8-bit BibTeX: every non-ASCII letter written as a LaTeX accent command. */
    public static final Options CLASSIC_BIBTEX = DEFAULT.withAsciiOnly(true);
    /** BibLaTeX for biber: {@code @online}, {@code date}, {@code eprinttype}, {@code eprintclass}. */
    public static final Options BIBLATEX = DEFAULT.withFormat(OutputFormat.BIBLATEX);
    /** CSL-JSON for Zotero and Pandoc. */
    public static final Options CSL_JSON = DEFAULT.withFormat(OutputFormat.CSL_JSON);

    public Options {
        Objects.requireNonNull(keyPattern);
        Objects.requireNonNull(keyPatternWithoutAuthors);
        Objects.requireNonNull(tags);
        Objects.requireNonNull(lookup);
        Objects.requireNonNull(format);
        Objects.requireNonNull(published);
        if (align < 0 || align > 40) {
            throw new IllegalArgumentException("align must be between 0 and 40, not " + align);
        }
        if (keywordSeparator.isBlank()) {
            throw new IllegalArgumentException("the keyword separator must hold a visible character");
        }
    }

    public Options withKeyPattern(String pattern) {
        return copy().keyPattern(KeyPattern.parse(pattern)).build();
    }

    public Options withKeyPatternWithoutAuthors(String pattern) {
        return copy().keyPatternWithoutAuthors(KeyPattern.parse(pattern)).build();
    }

    public Options withTags(TagOptions t) {
        return copy().tags(t).build();
    }

    public Options withMergeDuplicates(boolean merge) {
        return copy().mergeDuplicates(merge).build();
    }

    public Options withFormat(OutputFormat f) {
        return copy().format(f).build();
    }

    public Options withLookup(LookupOptions l) {
        return copy().lookup(l).build();
    }

    public Options withPublished(PublishedOptions p) {
        return copy().published(p).build();
    }

    public Options withAsciiOnly(boolean ascii) {
        return copy().asciiOnly(ascii).build();
    }

    public Options withAlign(int column) {
        return copy().align(column).build();
    }

    public Options withKeywordSeparator(String separator) {
        return copy().keywordSeparator(separator).build();
    }

    private Builder copy() {
        return new Builder(this);
    }

    /** The mutable twin behind the {@code with…} copies, so each of them names only what it changes. */
    private static final class Builder {
        private KeyPattern keyPattern;
        private KeyPattern keyPatternWithoutAuthors;
        private boolean asciiOnly;
        private int align;
        private String keywordSeparator;
        private TagOptions tags;
        private LookupOptions lookup;
        private OutputFormat format;
        private boolean mergeDuplicates;
        private PublishedOptions published;

        Builder(Options o) {
            keyPattern = o.keyPattern;
            keyPatternWithoutAuthors = o.keyPatternWithoutAuthors;
            asciiOnly = o.asciiOnly;
            align = o.align;
            keywordSeparator = o.keywordSeparator;
            tags = o.tags;
            lookup = o.lookup;
            format = o.format;
            mergeDuplicates = o.mergeDuplicates;
            published = o.published;
        }

        Builder published(PublishedOptions v) {
            published = v;
            return this;
        }

        Builder keyPattern(KeyPattern v) {
            keyPattern = v;
            return this;
        }

        Builder keyPatternWithoutAuthors(KeyPattern v) {
            keyPatternWithoutAuthors = v;
            return this;
        }

        Builder asciiOnly(boolean v) {
            asciiOnly = v;
            return this;
        }

        Builder align(int v) {
            align = v;
            return this;
        }

        Builder keywordSeparator(String v) {
            keywordSeparator = v;
            return this;
        }

        Builder tags(TagOptions v) {
            tags = v;
            return this;
        }

        Builder lookup(LookupOptions v) {
            lookup = v;
            return this;
        }

        Builder format(OutputFormat v) {
            format = v;
            return this;
        }

        Builder mergeDuplicates(boolean v) {
            mergeDuplicates = v;
            return this;
        }

        Options build() {
            return new Options(keyPattern, keyPatternWithoutAuthors, asciiOnly, align, keywordSeparator, tags, lookup,
                    format, mergeDuplicates, published);
        }
    }
}
