package org.abs2bib.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an abstract dump and detects its shape without flags. The shape is decided from the first lines (a bounded
 * window), then the rest streams through, so memory does not grow with the input.
 */
public final class DumpReader {
    private static final java.util.regex.Pattern MAIL_QUOTE = java.util.regex.Pattern.compile("^\\s*(?:>\\s?)+");

    /** Content lines looked at before the shape is decided. */
    private static final int WINDOW = 64;

    private DumpReader() {
    }

    /** Reads UTF-8 bytes (the CLI's path: invalid bytes are reported with their line). */
    public static Dump read(InputStream in, String source) throws IOException, DumpException {
        return read(LineReader.of(in, source), source);
    }

    /** Reads text that is already decoded, e.g. what JabRef hands an importer. */
    public static Dump read(Reader in, String source) throws IOException, DumpException {
        return read(LineReader.of(in, source), source);
    }

    private static Dump read(LineReader lines, String source) throws IOException, DumpException {
        List<Paper> papers = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        DumpFormat format = stream(lines, source, papers::add, warnings::add);
        return new Dump(source, format, papers, warnings);
    }

    /**
     * Hands each paper to {@code papers} as soon as it is complete.
     *
     * @return the shape detected
     * @throws DumpException when the input is not a dump, or holds no paper
     */
    public static DumpFormat stream(LineReader lines, String source, Consumer<Paper> papers,
                                    Consumer<Diagnostic> warnings) throws IOException, DumpException {
        List<Line> window = new ArrayList<>();
        int content = 0;
        int chrome = 0;
        Line line;
        while (content < WINDOW && (line = lines.next()) != null) {
            window.add(line);
            if (!line.isBlank()) {
                if (PageChrome.isChrome(line.text())) {
                    chrome++;
                } else {
                    content++;
                }
            }
        }
        int lastLine = window.isEmpty() ? 0 : window.get(window.size() - 1).number();
        if (content == 0) {
            throw new DumpException(source, lastLine, chrome > 0
                    ? "holds only page chrome (\"Subscribe\" and the like), no paper titles; copy the list itself"
                    : "is empty; expected paper titles, each followed by its abstract");
        }
        int[] count = {0};
        PaperSink sink = new PaperSink() {
            @Override
            public void paper(Paper paper) {
                count[0]++;
                papers.accept(paper);
            }

            @Override
            public void warn(int at, String message) {
                warnings.accept(new Diagnostic(source, at, message));
            }
        };
        refuseOtherFormats(window, source);
        // a dump forwarded in an e-mail has "> " before every line: read what is quoted
        boolean quoted = isQuotedMail(window);
        if (quoted) {
            window.replaceAll(DumpReader::unquote);
        }
        DumpFormat format = detect(window);
        Consumer<Line> parser;
        Runnable finish;
        if (format == DumpFormat.LABELLED) {
            LabelledParser p = new LabelledParser(sink);
            parser = p::accept;
            finish = p::finish;
        } else {
            FreeTextParser p = new FreeTextParser(sink, format == DumpFormat.BLOCKS, format == DumpFormat.NUMBERED);
            parser = p::accept;
            finish = p::finish;
        }
        window.forEach(parser);
        while ((line = lines.next()) != null) {
            parser.accept(quoted ? unquote(line) : line);
            lastLine = line.number();
        }
        finish.run();
        if (count[0] == 0) {
            throw new DumpException(source, lastLine, "no paper titles found; expected titles, each followed by "
                    + "its abstract");
        }
        return format;
    }

    /**
     * Files people pass by mistake: a bibliography already (BibTeX, RIS), a web page's source instead of its text.
     * Better a clear "not a dump" than a .bib of markup.
     */
    private static void refuseOtherFormats(List<Line> window, String source) throws DumpException {
        for (Line line : window) {
            String t = line.text().strip();
            if (t.isEmpty() || PageChrome.isChrome(t) || t.startsWith("%")) {
                continue;
            }
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (lower.matches("@(article|inproceedings|misc|book|online|techreport|phdthesis|incollection|string|"
                    + "preamble|comment)\\s*[{(].*")) {
                throw new DumpException(source, line.number(), "is already BibTeX; abs2bib reads abstract dumps "
                        + "(to add papers to a .bib, use --merge)");
            }
            if (t.startsWith("TY  - ")) {
                throw new DumpException(source, line.number(), "is a RIS file; import it into your reference "
                        + "manager directly (abs2bib reads abstract dumps)");
            }
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                throw new DumpException(source, line.number(), "is the HTML source of a web page; copy the page's "
                        + "text from the browser instead");
            }
            return; // the first line of content decides
        }
    }

    private static Line unquote(Line l) {
        return new Line(l.number(), MAIL_QUOTE.matcher(l.text()).replaceFirst(""));
    }

    /** Most content lines start with "&gt;": an e-mail quote. */
    private static boolean isQuotedMail(List<Line> window) {
        long content = window.stream().filter(l -> !l.isBlank()).count();
        long quoted = window.stream().filter(l -> l.text().stripLeading().startsWith(">")).count();
        return content > 0 && quoted * 10 >= content * 6;
    }

    static DumpFormat detect(List<Line> window) {
        boolean blankBetween = false;
        boolean seenContent = false;
        boolean blank = false;
        int marked = 0;
        boolean firstMarked = false;
        for (Line line : window) {
            if (line.isBlank()) {
                blank = seenContent;
                continue;
            }
            String text = line.text();
            if (PageChrome.isChrome(text)) {
                continue;
            }
            if (LabelledParser.isTitleLabel(text)) {
                return DumpFormat.LABELLED;
            }
            text = PageChrome.stripGluedPrefix(text);
            boolean hasMarker = TextShape.hasListMarker(text) && !TextShape.looksLikeAbstract(text);
            if (!seenContent) {
                firstMarked = hasMarker;
            }
            if (hasMarker) {
                marked++;
            }
            blankBetween |= blank;
            blank = false;
            seenContent = true;
        }
        if (firstMarked && marked >= 2) {
            return DumpFormat.NUMBERED;
        }
        return blankBetween ? DumpFormat.BLOCKS : DumpFormat.LINES;
    }
}
