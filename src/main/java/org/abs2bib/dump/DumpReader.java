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
        Line header = firstContent(window);
        char delimiter = header == null ? 0 : TableParser.headerDelimiter(header.text());
        if (delimiter != 0) {
            List<Line> rest = window.subList(window.indexOf(header), window.size());
            TableParser.parse(new LinesReader(rest, lines, quoted), delimiter, header.number(), sink);
            return finish(count[0], source, lastLine, DumpFormat.TABLE);
        }
        Consumer<Line> parser;
        Runnable finish;
        DumpFormat format;
        if (isPubMed(window)) {
            PubMedParser p = new PubMedParser(sink);
            parser = p::accept;
            finish = p::finish;
            format = DumpFormat.PUBMED;
        } else if (hasRecordSignals(window)) {
            RecordParser p = new RecordParser(sink, layout(window));
            parser = p::accept;
            finish = p::finish;
            format = recordSource(window);
        } else {
            format = detect(window);
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
        return finish(count[0], source, lastLine, format);
    }

    private static DumpFormat finish(int papers, String source, int lastLine, DumpFormat format) throws DumpException {
        if (papers == 0) {
            throw new DumpException(source, lastLine, "no paper titles found; expected titles, each followed by "
                    + "its abstract");
        }
        return format;
    }

    private static Line firstContent(List<Line> window) {
        for (Line l : window) {
            if (!l.isBlank() && !PageChrome.isChrome(l.text())) {
                return l;
            }
        }
        return null;
    }

    /** PubMed's export: numbered citation lines and PMID lines. */
    private static boolean isPubMed(List<Line> window) {
        boolean citation = false;
        boolean pmid = false;
        for (Line l : window) {
            String t = l.text().strip();
            citation |= PubMedParser.isCitation(t);
            pmid |= t.startsWith("PMID:");
        }
        return citation && pmid;
    }

    /**
     * True when the paste has what the plain title-and-abstract shapes lack: identifier lines, labels, author lines,
     * the chrome of a page other than a trending list, chat headers, mail quoting headers, Markdown.
     */
    static boolean hasRecordSignals(List<Line> window) {
        for (int k = 0; k < window.size(); k++) {
            String t = stripQuote(window.get(k).text()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (PageChrome.isChrome(t)) {
                if (!PageChrome.isTrendingChrome(t)) {
                    return true;
                }
                continue;
            }
            if (t.length() > 400 && TextShape.looksLikeAbstract(t)) {
                continue; // an abstract: what marks a source is on the short lines around it
            }
            if (RecordParser.isIdLine(t) || Labels.of(t) != null || PageChrome.isChatHeader(t)
                    || Markdown.headingLevel(t) > 0 && !TextShape.looksLikeAbstract(t) || MARKDOWN_LINK.matcher(t).find() || t.equals("---")
                    || t.matches("(?i)^\\[(?:pdf|html|book|citation)].*") || t.endsWith("wrote:")
                    || AuthorLine.parse(t, false) != null && !betweenAbstracts(window, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line stands between two abstracts, where a title-and-abstract dump puts a title: a title made of names and
     * "and" ("Vision and Language and Robotics") is not an author line there.
     */
    private static boolean betweenAbstracts(List<Line> window, int k) {
        return isAbstractLine(neighbour(window, k, -1)) && isAbstractLine(neighbour(window, k, 1));
    }

    private static String neighbour(List<Line> window, int k, int step) {
        for (int j = k + step; j >= 0 && j < window.size(); j += step) {
            if (!window.get(j).isBlank()) {
                return window.get(j).text();
            }
        }
        return "";
    }

    private static boolean isAbstractLine(String text) {
        return text.length() > 200 && TextShape.looksLikeAbstract(text);
    }

    private static String stripQuote(String text) {
        return MAIL_QUOTE.matcher(TextShape.spaces(text)).replaceFirst("");
    }

    private static final java.util.regex.Pattern MARKDOWN_LINK =
            java.util.regex.Pattern.compile("\\[[^\\]]+]\\((?:https?://|www\\.)[^)\\s]+\\)");

    /** "[2]" or "2." alone: a listing's number, printed on its own line by a narrow screen. */
    private static final java.util.regex.Pattern NUMBER_ALONE = java.util.regex.Pattern.compile("\\[\\d+]|\\d+\\.");

    static Layout layout(List<Line> window) {
        boolean idFirst = false;
        int content = 0;
        int long100 = 0;
        int wide = 0;
        int abstractLabels = 0;
        int items = 0;
        int unlabelledProse = 0;
        boolean afterAbstractLabel = false;
        boolean afterHead = false;
        String previous = "";
        for (Line l : window) {
            String t = stripQuote(l.text()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (PageChrome.isChrome(t)) {
                previous = t;
                continue;
            }
            content++;
            idFirst |= RecordParser.leadsRecord(t) || NUMBER_ALONE.matcher(previous).matches() && RecordParser.isIdLine(t);
            previous = t;
            if (t.length() > 100) {
                long100++;
            } else if (t.length() >= 55) {
                wide++;
            }
            Labels.Label label = Labels.of(t);
            if (label != null && label.kind() == Labels.Kind.ABSTRACT) {
                abstractLabels++;
                afterAbstractLabel = label.value().isEmpty();
            } else {
                // prose right under a paper's head (its id, authors or title) without a label
                if (!afterAbstractLabel && afterHead && TextShape.looksLikeAbstract(t)) {
                    unlabelledProse++;
                }
                afterAbstractLabel = false;
            }
            afterHead = RecordParser.isIdLine(t) || AuthorLine.parse(t, false) != null
                    || label == null && RecordParser.titleLike(t);
            if (TextShape.hasListMarker(t)) {
                items++;
            }
        }
        boolean hardWrapped = content >= 8 && long100 * 20 <= content && wide >= 3;
        // abstracts are labelled where labels are the rule: a paste with more unlabelled prose than that has
        // abstracts both ways (a chat where one message says "Abstract:")
        boolean abstractLabelled = (abstractLabels >= 2 || abstractLabels == 1 && items < 2)
                && unlabelledProse <= 2 * abstractLabels;
        return new Layout(idFirst, hardWrapped, abstractLabelled);
    }

    /** Names the source for the summary, from marks only it prints. */
    static DumpFormat recordSource(List<Line> window) {
        StringBuilder all = new StringBuilder();
        for (Line l : window) {
            all.append(l.text()).append('\n');
        }
        String t = all.toString();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("announce type:")) {
            return DumpFormat.ARXIV_FEED;
        }
        if (lower.contains("originally announced")) {
            return DumpFormat.ARXIV_SEARCH;
        }
        if (lower.contains("cite as:") || lower.contains("submission history")) {
            return DumpFormat.ARXIV_PAGE;
        }
        if (t.matches("(?s).*(?:\\[\\d+]|\\d+\\.)\\s*arXiv:\\S+\\s+\\[(?:pdf|html|other).*")) {
            return DumpFormat.ARXIV_LISTING;
        }
        if (lower.contains("wrote:") || lower.contains("forwarded message") || lower.contains("\nsubject:")
                && lower.contains("\nfrom:")) {
            return DumpFormat.MAIL;
        }
        if (lower.contains("upvote") || lower.contains("submitted by")) {
            return DumpFormat.HUGGING_FACE;
        }
        if (lower.contains("scholar alert") || lower.contains("google scholar") || lower.contains("save twitter")) {
            return DumpFormat.SCHOLAR_ALERT;
        }
        if (lower.contains("tl;dr") || lower.contains("primary area") || lower.contains("openreview.net/forum")) {
            return DumpFormat.OPENREVIEW;
        }
        if (lower.contains("anthology id") || lower.contains("cite (acl)") || lower.contains("neurips proceedings")
                || lower.contains("proceedings of machine learning research") || lower.contains("pmlr ")
                || lower.contains("bibtex paper") || lower.contains("aclanthology.org")) {
            return DumpFormat.PROCEEDINGS;
        }
        if (lower.contains("\nsubject:")) {
            return DumpFormat.MAIL; // a mail header without a From: line, where no site above spoke first
        }
        for (Line l : window) {
            if (PageChrome.isChatHeader(l.text().strip())) {
                return DumpFormat.CHAT;
            }
        }
        if (lower.contains("\n# ") || lower.startsWith("# ") || lower.contains("\n## ") || lower.contains("](http")
                || lower.startsWith("---\n") || lower.contains("[!abstract]")) {
            return DumpFormat.MARKDOWN;
        }
        if (t.matches("(?s).*\\n\\s*(?:Abstract|ABSTRACT)\\s*\\n.*") && (lower.contains("introduction")
                || lower.contains("@"))) {
            return DumpFormat.PDF;
        }
        for (Line l : window) {
            if (Labels.isTitleLabel(l.text())) {
                return DumpFormat.LABELLED;
            }
        }
        return DumpFormat.RECORDS;
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

    /** Hands a table parser the lines already read and then the rest of the input, joined by line feeds. */
    private static final class LinesReader extends Reader {
        private final java.util.Iterator<Line> first;
        private final LineReader rest;
        private String chunk = "";
        private int pos;

        private final boolean quoted;

        LinesReader(List<Line> window, LineReader rest, boolean quoted) {
            this.first = new ArrayList<>(window).iterator();
            this.rest = rest;
            this.quoted = quoted;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            while (pos >= chunk.length()) {
                Line l;
                if (first.hasNext()) {
                    l = first.next(); // the window: unquoted already
                } else {
                    try {
                        l = rest.next();
                    } catch (DumpException e) {
                        throw new java.io.UncheckedIOException(new IOException(e.located(), e));
                    }
                    if (l != null && quoted) {
                        l = unquote(l);
                    }
                }
                if (l == null) {
                    return -1;
                }
                chunk = l.text().replace('\u00A0', ' ') + "\n";
                pos = 0;
            }
            int n = Math.min(len, chunk.length() - pos);
            chunk.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
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
            // a "Title:" label never gets here: it sends the dump to the record reader (hasRecordSignals)
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
