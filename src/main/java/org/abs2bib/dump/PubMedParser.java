package org.abs2bib.dump;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PubMed's "Abstract (text)" export: numbered records, each a citation line
 * ({@code 1. Nat Mach Intell. 2024 May;6(5):525-535. doi: … Epub 2024 May 8.}), then blank-line separated blocks:
 * the title, the authors ({@code Bran AM(1), Cox S(2)}), "Author information:", the abstract (structured abstracts
 * keep their BACKGROUND:/METHODS: labels as text), a copyright line, and DOI:, PMCID:, PMID: lines.
 */
final class PubMedParser {
    /** "1. Journal. 2024 May 8;6(5):525-535." — the number, the journal, the year and what follows. */
    static final Pattern CITATION = Pattern.compile(
            "^\\s*(\\d{1,5})\\.\\s+(\\S[^.]{0,120}?)\\.\\s+((?:19|20)\\d{2})\\b([^;:]*)([;:].*)?$");
    private static final Pattern VOLUME = Pattern.compile("^[;:]\\s*([\\w-]+)?(?:\\(([^)]+)\\))?(?::\\s*([\\w.-]+))?");
    private static final Pattern END_OF_ABSTRACT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright|crown copyright|doi:|pmcid:|pmid:|conflict of interest|publisher'?s note"
                    + "|free pmc article|declaration of competing interest)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIDE_BLOCK = Pattern.compile(
            "^(?:erratum in|comment in|comment on|update of|update in|retraction in|retraction of"
                    + "|corrected and republished|republished in|expression of concern in|summary for patients in"
                    + "|collaborators:?|investigators:?)", Pattern.CASE_INSENSITIVE);

    private enum Part { TITLE, AUTHORS, ABSTRACT, TAIL }

    private final PaperSink sink;
    private PaperBuilder current;
    private Part part = Part.TITLE;

    PubMedParser(PaperSink sink) {
        this.sink = sink;
    }

    static boolean isCitation(String line) {
        return CITATION.matcher(line).matches() && line.contains(";") || CITATION.matcher(line).matches()
                && line.toLowerCase(java.util.Locale.ROOT).contains("doi:");
    }

    private final StringBuilder block = new StringBuilder();
    private int blockLine;
    private boolean citationBlock;

    void accept(Line line) {
        String text = line.text().replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            endBlock();
            return;
        }
        if (block.length() == 0 && isCitation(text)) {
            finishCurrent();
            current = new PaperBuilder(line.number());
            part = Part.TITLE;
            citationBlock = true;
        }
        if (block.length() == 0) {
            blockLine = line.number();
        }
        // PubMed wraps at 80 columns: a block is one value, its lines joined
        Hyphenation.join(block, text);
    }

    /** A blank line ends a block: the citation, the title, the authors, a paragraph of the abstract, the tail. */
    private void endBlock() {
        if (block.length() == 0) {
            return;
        }
        String text = block.toString();
        block.setLength(0);
        if (citationBlock) {
            citationBlock = false;
            current.citation(citation(text)).ids(Ids.in(text));
            return;
        }
        if (current == null) {
            sink.warn(blockLine, "not placed: \"" + TextShape.shorten(text) + "\" comes before the first record");
            return;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (SIDE_BLOCK.matcher(text).find() || lower.startsWith("author information")) {
            return;
        }
        if (END_OF_ABSTRACT.matcher(text).find() || part == Part.TAIL) {
            part = Part.TAIL;
            current.ids(Ids.in(text.replaceAll("(?i)pmcid:\\s*\\S+", "")));
            return;
        }
        switch (part) {
            case TITLE -> {
                current.title(text);
                part = Part.AUTHORS;
            }
            case AUTHORS -> {
                java.util.List<String> names = authors(text.replaceAll("\\.$", ""));
                part = Part.ABSTRACT;
                if (names != null) {
                    current.authors(names);
                } else {
                    current.abstractText(stripLabel(text));
                }
            }
            case ABSTRACT -> current.abstractText(current.hasAbstract() ? text : stripLabel(text));
            default -> { }
        }
    }

    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?i)\\b(group|consortium|collaborat\\w*|investigators|committee|network|team|society|initiative|council)\\b");

    /** "Shi Y(1), Xu S(2); Clinical LLM Evaluation Study Group": people, then a group after the semicolon. */
    private static java.util.List<String> authors(String block) {
        String[] parts = block.split("\\s*;\\s*");
        java.util.List<String> names = AuthorLine.names(parts[0], true);
        if (names == null) {
            return null;
        }
        java.util.List<String> all = new java.util.ArrayList<>(names);
        for (int k = 1; k < parts.length; k++) {
            if (COLLECTIVE.matcher(parts[k]).find()) {
                all.add(TextShape.collapse(parts[k]));
            } else {
                java.util.List<String> more = AuthorLine.names(parts[k], true);
                if (more == null) {
                    return null;
                }
                all.addAll(more);
            }
        }
        return all;
    }

    private static String stripLabel(String text) {
        return text.replaceFirst("^(?i)abstract\\s*[:.]?\\s*", "");
    }

    void finish() {
        endBlock();
        finishCurrent();
    }

    private void finishCurrent() {
        if (current != null) {
            current.emit(sink, PubMedParser::withoutFinalPeriod);
        }
        current = null;
    }

    /** MEDLINE ends every title with a period that is not the title's own ("… tools." for "… tools"). */
    static String withoutFinalPeriod(String title) {
        return title.endsWith(".") && !title.endsWith("..") ? title.substring(0, title.length() - 1) : title;
    }

    static Citation citation(String line) {
        Matcher m = CITATION.matcher(line);
        if (!m.matches()) {
            return Citation.NONE;
        }
        String volume = "";
        String number = "";
        String pages = "";
        if (m.group(5) != null) {
            Matcher v = VOLUME.matcher(m.group(5));
            if (v.find()) {
                volume = v.group(1) == null ? "" : v.group(1);
                number = v.group(2) == null ? "" : v.group(2);
                pages = v.group(3) == null ? "" : v.group(3).replaceAll("\\.$", "");
            }
        }
        if (volume.equalsIgnoreCase("doi")) {
            volume = "";
        }
        return new Citation(m.group(2).strip(), m.group(3), volume, number, pages);
    }
}
