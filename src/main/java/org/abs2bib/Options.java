package org.abs2bib;

import java.util.Objects;
import org.abs2bib.bib.KeyPattern;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.write.OutputFormat;
import org.abs2bib.tag.TagOptions;

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
 */
public record Options(KeyPattern keyPattern, KeyPattern keyPatternWithoutAuthors, boolean asciiOnly, int align,
                      String keywordSeparator, TagOptions tags, LookupOptions lookup, OutputFormat format) {
    /** UTF-8 BibTeX for biber, pandoc and modern BibTeX; keys like Google Scholar's. */
    public static final Options DEFAULT = new Options(KeyPattern.parse(KeyPattern.DEFAULT),
            KeyPattern.parse(KeyPattern.DEFAULT_WITHOUT_AUTHORS), false, 13, ", ", TagOptions.DEFAULT,
            LookupOptions.off(Abs2Bib.userAgent()), OutputFormat.BIBTEX);
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
        if (align < 0 || align > 40) {
            throw new IllegalArgumentException("align must be between 0 and 40, not " + align);
        }
        if (keywordSeparator.isBlank()) {
            throw new IllegalArgumentException("the keyword separator must hold a visible character");
        }
    }

    public Options withKeyPattern(String pattern) {
        return new Options(KeyPattern.parse(pattern), keyPatternWithoutAuthors, asciiOnly, align, keywordSeparator, tags, lookup, format);
    }

    public Options withTags(TagOptions t) {
        return new Options(keyPattern, keyPatternWithoutAuthors, asciiOnly, align, keywordSeparator, t, lookup, format);
    }

    public Options withFormat(OutputFormat f) {
        return new Options(keyPattern, keyPatternWithoutAuthors, asciiOnly, align, keywordSeparator, tags, lookup, f);
    }

    public Options withLookup(LookupOptions l) {
        return new Options(keyPattern, keyPatternWithoutAuthors, asciiOnly, align, keywordSeparator, tags, l, format);
    }

    public Options withKeyPatternWithoutAuthors(String pattern) {
        return new Options(keyPattern, KeyPattern.parse(pattern), asciiOnly, align, keywordSeparator, tags, lookup, format);
    }

    public Options withAsciiOnly(boolean ascii) {
        return new Options(keyPattern, keyPatternWithoutAuthors, ascii, align, keywordSeparator, tags, lookup, format);
    }

    public Options withAlign(int column) {
        return new Options(keyPattern, keyPatternWithoutAuthors, asciiOnly, column, keywordSeparator, tags, lookup, format);
    }

    public Options withKeywordSeparator(String separator) {
        return new Options(keyPattern, keyPatternWithoutAuthors, asciiOnly, align, separator, tags, lookup, format);
    }
}
