package org.abs2bib.dump;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads pastes whose papers are records: a title with authors, identifiers, labels and an abstract around it, and
 * the chrome of the page, mail or app they were copied from. arXiv listings, search results and abstract pages, feed
 * readers, Hugging Face, Google Scholar alerts, OpenReview, proceedings pages, Markdown notes, mail and chat copies,
 * text from a PDF's first page all come here.
 *
 * <p>Each line is decided with the next one in view. A line is, in this order: page chrome (dropped), a record
 * boundary (a chat header, a change of mail quoting, a rule), YAML front matter, an identifier line, a label
 * ({@link Labels}), a Markdown heading, a list item, or text; text is a title, more of the title, an author line or
 * abstract by its shape and by what the paper has so far. A title with nothing beside it (no abstract, author or
 * identifier) is not a paper: chat remarks and section headings look like that, and they are reported, not written.
 */
final class RecordParser {
    private enum Field { NONE, TITLE, AUTHORS, ABSTRACT, IDS, SKIP, NOTE, NOTE_BLOCK, NOTE_SECTION }

    private static final Pattern COUNT_PREFIX = Pattern.compile("^\\d{1,6}\\t+");
    private static final Pattern LINK_LINE = Pattern.compile("^<?https?://\\S+>?$");
    private static final Pattern LETTER_SPACED = Pattern.compile("^(?:\\p{Lu} ){3,}\\p{Lu}(?:\\s{2,}(?:\\p{Lu} )*\\p{Lu})*$");
    private static final Pattern CATEGORY_LINE = Pattern.compile("^(?:[a-z-]+\\.[A-Za-z-]{2,}\\s*)+$");
    private static final Pattern SEGMENTS = Pattern.compile("\\s+·\\s+");

    /** "A, B +8 · Published on Sep 16 · Submitted by x": a card's line, its chrome segments dropped. */
    private static String withoutChromeSegments(String text) {
        StringBuilder kept = new StringBuilder();
        for (String segment : SEGMENTS.split(text)) {
            if (!segment.isBlank() && !PageChrome.isChrome(segment)) {
                kept.append(kept.length() == 0 ? "" : " · ").append(segment.strip());
            }
        }
        return kept.toString();
    }

    /** Mail quoting, levels with or without spaces between them ("> > ", ">>", ">   > " in a quoted list). */
    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?(?:\\s*>\\s?)*)");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\\\\\\\.*$");
    private static final Pattern TIME_PREFIX = Pattern.compile("^\\[\\d{1,2}:\\d{2}(?:\\s?[AaPp][Mm])?]\\s+");
    private static final Pattern EDITED = Pattern.compile("\\s*\\((?:edited)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:\\(?\\d{1,4}[.)]|\\[\\d{1,4}]|[-*+•●○◦▪■□–·])[\\s\u00A0]+");
    /** What separates a list item's title from the abstract after it, the likeliest first. */
    private static final List<Pattern> INLINE_ABSTRACT = List.of(Pattern.compile("\\s+[—–]\\s+"),
            Pattern.compile("\\s+-\\s+"));
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?i)\\b(universit|institut|department|dept\\.|school of|college|laborator|\\blab\\b|research|inc\\.|"
                    + "corporation|academy|hospital|faculty|centre|center|google|microsoft|meta ai|deepmind|openai|"
                    + "nvidia|amazon|alibaba|tencent|bytedance|huawei|\\bmit\\b|equal contribution|corresponding)"
                    + "|@|^[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]|^\\d\\s?\\p{Lu}|^\\{.*}@");
    private static final Pattern WROTE = Pattern.compile("(?i)^on .{3,200}wrote:?$|^.{0,80}\\bwrote:$");

    private final PaperSink sink;
    private final Layout layout;
    private PaperBuilder current;
    /** The paper's title came from a label, a heading or front matter: it is a paper even with nothing else. */
    private boolean titleStated;
    /** The paper's title is a Markdown heading: a page's own title or a section has one too. */
    private boolean fromHeading;
    /** The paper's abstract came under a label, a heading or a callout. */
    private boolean abstractLabelSeen;
    private Field field = Field.NONE;
    private boolean afterSeparator;
    private boolean endZone;
    private int quoteDepth = -1;
    private boolean signature;
    private int signatureLines;
    private static final Pattern VOLUME = Pattern.compile(
            "(?i)^(?:proceedings of (?:the )?.*|findings of the association for computational linguistics.*"
                    + "|volume \\d+:.*|advances in neural information processing systems \\d+.*)$");
    /** The record being read is a proceedings volume (its editors look like authors). */
    private boolean volume;
    private FrontMatter frontMatter;
    private int frontMatterLine;
    private String lastPaperTitle = "";
    /** A list item's bold title whose closing "**" is on a later line. */
    private StringBuilder boldTitle;
    private boolean maybeFrontMatter;
    private int itemIndent = -1;
    private boolean dropNextName;
    private String lastAbstractLine = "";
    private String lastTitleLine = "";
    private Pending pending;
    /** In body text: the first line of the current paragraph when it could be the first line of a title. */
    private Pending blockStart;
    /** The line of a title that a page prints as a paper card ("· 9 authors" under it). */
    private int cardTitle = -1;
    private static final Pattern AUTHOR_COUNT = Pattern.compile("^[·•]?\\s*\\+?\\s*\\d+ (?:more )?authors?$");
    /** A line already read as part of the line before it (a wrapped author list). */
    private int consumed = -1;
    private boolean blankSeen;
    private int maxLength;

    /** A content line waiting for the line after it; what it is as an author line is worked out once. */
    private static final class Pending {
        private final int number;
        private final String text;
        private final boolean blankBefore;
        private AuthorLine.Parsed authorLine;
        private boolean parsed;

        Pending(int number, String text, boolean blankBefore) {
            this.number = number;
            this.text = text;
            this.blankBefore = blankBefore;
        }

        int number() {
            return number;
        }

        String text() {
            return text;
        }

        boolean blankBefore() {
            return blankBefore;
        }

        /** The line as a strict author line ({@link AuthorLine#parse}), or {@code null}: asked of a line up to 5 times. */
        AuthorLine.Parsed authorLine() {
            if (!parsed) {
                authorLine = AuthorLine.parse(text, false);
                parsed = true;
            }
            return authorLine;
        }
    }

    RecordParser(PaperSink sink, Layout layout) {
        this.sink = sink;
        this.layout = layout;
    }

    void accept(Line line) {
        String text = Ligatures.expand(TextShape.spaces(line.text()));
        text = COUNT_PREFIX.matcher(text).replaceFirst(""); // "19<TAB>Title": a card's upvote count before its title
        if (LETTER_SPACED.matcher(text.strip()).matches()) {
            // "A R T I C L E  I N F O": a journal's letter-spaced heading, read as the words it spells
            text = text.strip().replaceAll("\\s{2,}", "\u0000").replace(" ", "").replace('\u0000', ' ');
        }
        if (text.contains(" · ") || text.contains("  ·  ")) {
            text = withoutChromeSegments(text);
        }
        var q = QUOTE.matcher(text);
        int depth = 0;
        if (q.find()) {
            depth = (int) q.group(1).chars().filter(c -> c == '>').count();
            text = text.substring(q.end());
        }
        if (depth != quoteDepth && quoteDepth >= 0 && !text.isBlank()) {
            blankSeen = true; // a change of quoting is a change of message
            signature = false;
        }
        if (text.isBlank()) {
            blankSeen = true;
            return;
        }
        quoteDepth = depth;
        if (frontMatter != null) {
            if (text.strip().equals("---") || text.strip().equals("...")) {
                flushPending();
                startFrontMatterRecord(line.number());
                return;
            }
            frontMatter.line(text);
            return;
        }
        if (maybeFrontMatter) {
            maybeFrontMatter = false;
            if (text.matches("^[A-Za-z_][\\w -]{0,30}:(\\s.*)?$")) {
                flushPending();
                frontMatterLine = line.number();
                frontMatter = new FrontMatter();
                frontMatter.line(text);
                return;
            }
        }
        String t = text.strip();
        if (t.equals("---") && (blankSeen || pending == null)) {
            maybeFrontMatter = true;
            blankSeen = true;
            return;
        }
        if (signature) {
            // a signature is a few lines: a name, a title, an address; it ends at the quoted mail below it
            if (!WROTE.matcher(t).matches() && !t.startsWith("From:") && ++signatureLines <= 6) {
                return;
            }
            signature = false;
        }
        if (t.equals("--") || text.equals("-- ") || PageChrome.isClosing(t)) {
            signature = true;
            signatureLines = 0;
            return;
        }
        if (PageChrome.isChatHeader(t) || WROTE.matcher(t).matches()) {
            flushPending();
            finishCurrent();
            blankSeen = true;
            return;
        }
        if (dropNextName) {
            dropNextName = false;
            if (t.length() <= 40 && t.split("\\s+").length <= 3 && !t.endsWith(".")) {
                return; // the user name after "Submitted by"
            }
        }
        String cleaned = EDITED.matcher(TIME_PREFIX.matcher(t).replaceFirst("")).replaceFirst("");
        if (cleaned.isEmpty()) {
            return;
        }
        if (!cleaned.equals(t)) {
            text = text.substring(0, text.indexOf(t.charAt(0))) + cleaned;
            t = cleaned;
        }
        if (t.equals(",") || t.equals(";") || t.equalsIgnoreCase("and") || t.equals("&")) {
            return; // the separators of a list printed one name a line
        }
        if (PageChrome.isChrome(t) || Markdown.isRule(t)) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (pending != null && AUTHOR_COUNT.matcher(lower).matches()) {
                cardTitle = pending.number(); // "· 9 authors" under a title: a paper card, even without names
            }
            dropNextName = lower.equals("submitted by") || lower.equals("posted by") || lower.equals("shared by");
            blankSeen = true; // chrome between two pieces of text separates them, as a blank line would
            if (Markdown.isRule(t)) {
                flushPending();
                if (current != null && current.hasAbstract()) {
                    finishCurrent(); // a rule ends the paper: the notes after it are not its abstract
                }
            }
            return;
        }
        if (pending == null && current == null) {
            text = PageChrome.stripGluedPrefix(text);
        }
        maxLength = Math.max(maxLength, t.length());
        Pending next = new Pending(line.number(), text.stripTrailing(), blankSeen);
        blankSeen = false;
        if (pending != null) {
            decide(pending, next);
        }
        pending = next;
    }

    void finish() {
        flushPending();
        if (frontMatter != null) {
            // "---" then "Key: value" lines to the end: a rule and a footer, not front matter (it never closed)
            sink.warn(frontMatterLine, "not placed: lines after a rule that never closed as front matter");
            frontMatter = null;
        }
        finishCurrent();
    }

    private void flushPending() {
        if (pending != null) {
            decide(pending, null);
            pending = null;
        }
    }

    private void startFrontMatterRecord(int line) {
        FrontMatter fm = frontMatter;
        frontMatter = null;
        finishCurrent();
        current = new PaperBuilder(line);
        if (!fm.title().isEmpty()) {
            current.title(TitleText.clean(fm.title()));
            titleStated = true;
        }
        current.authors(fm.authors()).ids(fm.ids());
        field = Field.NONE;
    }

    private void decide(Pending p, Pending next) {
        if (p.number() == consumed) {
            return;
        }
        String raw = p.text();
        String text = raw.strip();
        if ((field == Field.NOTE || field == Field.SKIP) && p.blankBefore()) {
            field = Field.NONE; // a labelled note or value ends at a blank line
        }
        if (SEPARATOR.matcher(text).matches()) {
            field = Field.NONE;
            afterSeparator = true;
            return;
        }
        // an Obsidian callout: "[!abstract] Abstract" opens the abstract, any other kind is the user's note
        String callout = Markdown.calloutType(text);
        if (callout != null) {
            field = callout.equals("abstract") ? Field.ABSTRACT : Field.NOTE;
            abstractLabelSeen |= field == Field.ABSTRACT;
            String rest = Markdown.calloutTitle(text);
            if (field == Field.ABSTRACT && !rest.isBlank() && !rest.strip().equalsIgnoreCase("abstract")) {
                abstractLine(rest);
            }
            return;
        }
        int heading = Markdown.headingLevel(text);
        if (heading > 0 && !TextShape.looksLikeAbstract(Markdown.headingText(text))) { // "# 1 model …" is prose
            heading(p, Markdown.headingText(text), heading);
            return;
        }
        if (field == Field.NOTE_SECTION) {
            return; // the user's notes under "## Notes", up to the next heading
        }
        if (isIdLine(text)) {
            idLine(p, text);
            return;
        }
        if (LINK_LINE.matcher(text).matches() && !(field == Field.ABSTRACT && !p.blankBefore())) {
            return; // a link to somewhere that names no paper id (a Scholar redirect to OpenReview, a blog)
        }
        if (CATEGORY_LINE.matcher(text).matches()) {
            if (current != null) {
                current.category(text.split("\\s+")[0]); // "cs.CV cs.AI" under a search result's id
            }
            return;
        }
        if (VOLUME.matcher(text).matches() && field != Field.SKIP && field != Field.IDS && field != Field.NOTE
                && Labels.of(text) == null) {
            // a proceedings volume with its editors under it: listed like a paper, but not one
            finishCurrent();
            current = new PaperBuilder(p.number()).title(text);
            volume = true;
            return;
        }
        Labels.Label label = Labels.of(text.indexOf('*') >= 0 || text.indexOf('_') >= 0
                ? TitleText.unemphasise(text).replace("**", "") : text);
        if (label != null && !(label.kind() == Labels.Kind.END && field == Field.ABSTRACT && !label.heading())) {
            label(p, label, next);
            return;
        }
        var item = ITEM.matcher(raw);
        if (item.find()) {
            int indent = item.group(1).replace("\t", "    ").length();
            char marker = raw.charAt(item.group(1).length());
            boolean sub = marker == '○' || marker == '◦' || marker == '▪';
            // an item where the list's papers stand starts a paper, whatever the paper before was reading
            boolean paperLevel = itemIndent >= 0 && indent <= itemIndent && !sub;
            if (paperLevel || field != Field.ABSTRACT && field != Field.NOTE) {
                item(p, raw, indent, raw.substring(item.end()), next);
                return;
            }
        }
        if (isEmphasisedNote(text) && Labels.of(TitleText.clean(text)) == null
                && AuthorLine.parse(TitleText.clean(text), false) == null) {
            sink.warn(p.number(), "not placed: a note in italics: \"" + TextShape.shorten(text) + "\"");
            return;
        }
        text(p, text, next);
    }

    private static final Pattern REMARK = Pattern.compile(
            "\\bI\\b(?!\\s+\\p{Lu}\\p{L})|\\b(?:I'm|I’m|I've|I’ve|I'd|I’d|me|my|you|your|let's|let’s|thoughts|btw|fyi|imo|lmk)\\b|\\b(?:the|this|that) (?:last |first |second |third |other )?one\\b|^\\*\\*[^*]{1,40}:\\*\\*",
            Pattern.CASE_INSENSITIVE);

    /** A paragraph after an abstract that talks to the reader ("Let me know which ones you want"): not abstract. */
    static boolean isRemark(String text) {
        return text.length() < 400 && REMARK.matcher(text).find() || text.startsWith("**") && text.contains(":**");
    }

    /** A whole line in italics ("_Discussion lead: Marta_"): a remark of the list's author. */
    private static boolean isEmphasisedNote(String text) {
        return text.length() > 2 && (text.startsWith("_") && text.endsWith("_") && !text.startsWith("__")
                || text.startsWith("*") && text.endsWith("*") && !text.startsWith("**"));
    }

    private void heading(Pending p, String text, int level) {
        Labels.Label label = Labels.of(text);
        if (label != null && label.value().isEmpty()) {
            switch (label.kind()) {
                case ABSTRACT -> {
                    field = Field.ABSTRACT;
                    abstractLabelSeen = true;
                }
                case AUTHORS -> field = Field.AUTHORS;
                case END -> {
                    field = Field.NONE;
                    endZone = true;
                }
                default -> field = Field.NOTE_SECTION;
            }
            return;
        }
        String title = TitleText.clean(text);
        if (current != null && titleStated && !current.hasAbstract()
                && (!current.hasTitle() || sameTitle(current.titleText(), title))) {
            if (!current.hasTitle()) {
                current.title(title);
            }
            field = Field.NONE;
            return; // the note repeats its front matter's title as a heading
        }
        finishCurrent();
        current = new PaperBuilder(p.number()).ids(Ids.in(text)).title(title);
        titleStated = false;
        fromHeading = true;
        lastTitleLine = title;
        field = Field.NONE;
        endZone = false;
    }

    private static boolean sameTitle(String a, String b) {
        return a.replaceAll("\\W", "").equalsIgnoreCase(b.replaceAll("\\W", ""));
    }

    /** A line that is an identifier and little else: "arXiv:2405.01234 [pdf, other] cs.CL", a link, a DOI. */
    static boolean isIdLine(String text) {
        if (text.length() > 300) {
            return false; // an identifier with a few words around it: never a paragraph
        }
        if (TextShape.arxivIdLine(text) != null) {
            return true;
        }
        Ids ids = Ids.in(text);
        if (ids.isEmpty()) {
            return false;
        }
        String rest = text.replaceAll("(?i)(?:https?://|www\\.)\\S+|\\b(?:arxiv|doi)\\.org/\\S+", " ")
                .replaceAll("\\b[a-z-]+\\.[A-Za-z-]{2,}\\b", " ").replaceAll("(?i)https?://\\S+|arXiv\\s*:\\s*\\S+|doi\\s*:\\s*\\S+|\\[[^\\]]{0,25}]|<[^>]*>|"
                + "\\bv\\d\\b|announce type:\\s*\\w+(-\\w+)?", " ").replaceAll("[^\\p{L}]+", " ").strip();
        return rest.split(" ").length <= 3 && rest.length() <= 25 || rest.isEmpty();
    }

    private void idLine(Pending p, String text) {
        Ids ids = Ids.in(text);
        String id = TextShape.arxivIdLine(text);
        if (ids.isEmpty() && id != null) {
            ids = new Ids(id, "", "", "");
        }
        boolean same = current != null && !ids.arxiv().isEmpty() && ids.arxiv().equals(current.arxivIdText());
        if (!same && current != null && current.hasTitle()
                && (current.hasArxivId() && !ids.arxiv().isEmpty() || layout.idFirst() && current.hasAbstract()
                || layout.idFirst() && leadsRecord(text))) {
            finishCurrent();
        }
        if (current == null) {
            current = new PaperBuilder(p.number());
            titleStated = false;
        }
        current.ids(ids);
        field = Field.NONE;
        endZone = false;
    }

    /** "[3] arXiv:…" or "3. arXiv:…" or "arXiv:… [pdf, other]": the line a listing starts each paper with. */
    static boolean leadsRecord(String text) {
        return text.matches("^\\s*(?:\\[\\d+]|\\d+\\.)\\s*arXiv:.*")
                || text.matches("(?i)^\\s*arXiv:\\S+\\s+\\[(?:pdf|html|other|ps|src|tex).*");
    }

    private void label(Pending p, Labels.Label label, Pending next) {
        String value = label.value();
        labelledAuthors.setLength(0);
        switch (label.kind()) {
            case TITLE -> {
                if (current != null && current.hasTitle()) {
                    finishCurrent();
                }
                ensureCurrent(p);
                field = Field.TITLE;
                titleStated = !label.name().equals("subject"); // a mail's subject names no paper by itself
                endZone = false;
                afterSeparator = false;
                if (!value.isBlank()) {
                    current.title(TitleText.clean(value));
                    lastTitleLine = value;
                }
            }
            case AUTHORS -> {
                if (endZone || current != null && current.hasAuthors() && label.name().equals("from")) {
                    field = Field.SKIP; // "From: …" in a submission history is who uploaded it
                    return;
                }
                ensureCurrent(p);
                field = Field.AUTHORS;
                afterSeparator = false;
                labelledAuthors.setLength(0);
                labelledAuthors.append(value);
                authorsBefore = current.authorCount();
                setLabelledAuthors();
            }
            case ABSTRACT -> {
                if (endZone) {
                    return;
                }
                ensureCurrent(p);
                field = Field.ABSTRACT;
                abstractLabelSeen = true;
                afterSeparator = false;
                lastAbstractLine = "";
                if (!value.isBlank()) {
                    abstractLine(value);
                }
            }
            case IDS -> {
                if (current != null && !endZone) {
                    current.ids(labelledIds(label.name(), value));
                }
                idLabel = label.name();
                field = value.isEmpty() ? Field.IDS : Field.SKIP; // "DOI:" alone: the value is on the next line
            }
            case CATEGORY -> {
                if (current != null && !endZone) {
                    var m = CATEGORY.matcher(value);
                    if (m.find()) {
                        current.category(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
                field = Field.SKIP;
            }
            case SKIP -> field = Field.SKIP;
            case NOTE -> field = label.heading() ? Field.NOTE_BLOCK : Field.NOTE; // a heading covers its paragraphs
            case END -> {
                field = Field.NONE;
                endZone = true;
            }
        }
    }

    /** An identifier under its label, in the form {@link Ids} reads: "DOI: 10.1/x" needs no "doi:" in the value. */
    private static Ids labelledIds(String label, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Ids.NONE;
        }
        if (label.contains("arxiv") && !lower.contains("arxiv")) {
            return Ids.in("arXiv:" + value);
        }
        if (label.equals("doi") && !lower.contains("doi")) {
            return Ids.in("doi:" + value);
        }
        return Ids.in(label.equals("pmid") ? "PMID: " + value : value);
    }

    private String idLabel = "";

    private static final Pattern CATEGORY = Pattern.compile(
            "\\(([a-z-]+(?:\\.[A-Za-z-]+)?)\\)|^\\s*([a-z-]+\\.[A-Za-z-]+)\\b");

    private void ensureCurrent(Pending p) {
        if (current == null) {
            current = new PaperBuilder(p.number());
            titleStated = false;
        }
    }

    private void item(Pending p, String raw, int indent, String content, Pending next) {
        String c = content.strip();
        Labels.Label label = Labels.of(c);
        boolean nested = itemIndent >= 0 && indent > itemIndent || raw.stripLeading().startsWith("○")
                || raw.stripLeading().startsWith("◦") || raw.stripLeading().startsWith("▪");
        if (label != null) {
            label(p, label, next);
            return;
        }
        if (nested || endZone && !titleLike(c)) {
            text(p, c, next);
            return;
        }
        if (current != null && !current.hasTitle() && current.hasEvidence()) {
            // an id line or front matter opened the paper: the item is its title
            current.title(TitleText.clean(c));
            return;
        }
        if (itemIndent < 0) {
            itemIndent = indent;
        }
        finishCurrent();
        current = new PaperBuilder(p.number());
        titleStated = false;
        endZone = false;
        field = Field.NONE;
        current.ids(Ids.in(c));
        // "[Title](link) — abstract" or "Title - abstract": the abstract on the item's own line
        String title = c;
        String withoutLinks = c;
        for (Pattern separator : INLINE_ABSTRACT) {
            var m = separator.matcher(withoutLinks);
            boolean found = false;
            while (m.find()) {
                String after = withoutLinks.substring(m.end());
                if (TextShape.looksLikeAbstract(after) || after.length() > 120) {
                    title = withoutLinks.substring(0, m.start());
                    abstractLine(after);
                    field = Field.ABSTRACT;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        if (count(title, "**") % 2 == 1) {
            boldTitle = new StringBuilder(title.strip()); // "**Title that wraps" … "ends** (Authors)"
            return;
        }
        titleWithAuthors(TitleText.clean(title));
        lastTitleLine = title;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int k = text.indexOf(part); k >= 0; k = text.indexOf(part, k + part.length())) {
            n++;
        }
        return n;
    }

    private void text(Pending p, String text, Pending next) {
        if (boldTitle != null) {
            boldTitle.append(' ').append(text);
            if (text.contains("**")) {
                String title = boldTitle.toString();
                boldTitle = null;
                titleWithAuthors(TitleText.clean(title));
                lastTitleLine = title;
            }
            return;
        }
        if (endZone) {
            // body text or reviews: a new paper starts only with a title (of one or two lines) and its authors
            boolean firstOfBlock = p.blankBefore();
            if (titleLike(text) && next != null && next.authorLine() != null) {
                endZone = false;
                finishCurrent();
                boolean wrapped = !firstOfBlock && blockStart != null;
                current = new PaperBuilder(wrapped ? blockStart.number() : p.number());
                if (wrapped) {
                    current.titleLine(TitleText.clean(blockStart.text()));
                }
                current.titleLine(TitleText.clean(text));
                titleStated = false;
                lastTitleLine = text;
                blockStart = null;
                return;
            }
            blockStart = firstOfBlock && titleLike(text) ? p : null;
            return;
        }
        switch (field) {
            case NOTE_BLOCK -> {
                return; // under "AI-generated summary", "Highlights": up to the next label or heading
            }
            case IDS -> {
                field = Field.SKIP;
                if (current != null) {
                    current.ids(labelledIds(idLabel, text));
                }
                return;
            }
            case NOTE -> {
                if (!p.blankBefore()) {
                    return;
                }
                field = Field.NONE;
            }
            case SKIP -> {
                boolean abstractNow = current != null && current.hasTitle() && !current.hasAbstract()
                        && !layout.abstractLabelled() && TextShape.looksLikeAbstract(text);
                if (!p.blankBefore() && !abstractNow) {
                    return;
                }
                field = Field.NONE;
            }
            case TITLE -> {
                if (!p.blankBefore() && !TextShape.looksLikeAbstract(text) && AuthorLine.parse(text, false) == null) {
                    current.title(text);
                    return;
                }
                field = Field.NONE;
            }
            case AUTHORS -> {
                if (labelledAuthors.length() > 0 && !p.blankBefore() && !TextShape.looksLikeAbstract(text)
                        && AuthorLine.parse(TexAccents.decode(labelledAuthors + " " + text), true) != null) {
                    // a labelled author list wrapped over lines, maybe in the middle of a name: read it whole
                    labelledAuthors.append(' ').append(text);
                    setLabelledAuthors();
                    return;
                }
                if ((!p.blankBefore() || !current.hasAuthors()) && authors(text, true)) {
                    return;
                }
                field = Field.NONE;
            }
            case ABSTRACT -> {
                if (p.blankBefore() && current.hasAbstract() && !startsRecord(next) && (isRemark(text)
                        || next != null && !next.blankBefore() && isRemark(text + " " + next.text()))) {
                    sink.warn(p.number(), "not placed: a remark after the abstract of line " + current.line + ": \""
                            + TextShape.shorten(text) + "\"");
                    field = Field.NOTE;
                    return;
                }
                if (!p.blankBefore() && current.hasAbstract() && !current.hasAuthors() && !layout.hardWrapped()
                        && AuthorLine.parse(text, false) != null
                        && (next == null || !TextShape.looksLikeAbstract(next.text()))) {
                    authors(text, false); // a feed reader prints the authors after the abstract
                    field = Field.AUTHORS;
                    return;
                }
                if (!p.blankBefore() && titleAfterAbstract(text, next)) {
                    newTitle(p, text);
                    return;
                }
                if (!p.blankBefore() || !current.hasAbstract()
                        || !titleLike(text) && !layout.abstractLabelled() && !(next != null && next.authorLine() != null)) {
                    abstractLine(text);
                    return;
                }
                field = Field.NONE;
            }
            default -> { }
        }
        if (afterSeparator && current != null && current.hasTitle() && !current.hasAbstract()) {
            field = Field.ABSTRACT; // arXiv mailings put the abstract between two \\ lines, without a label
            abstractLine(text);
            return;
        }
        if (current == null || !current.hasTitle()) {
            // a paragraph's first line runs on into a long second line; a wrapped title ends on a short one
            boolean runsOn = runsOn(text, next) && text.length() >= 50
                    && !titleTail(next.text());
            if ((current == null || !current.hasEvidence()) && (TextShape.looksLikeAbstract(text) || !titleLike(text)
                    || runsOn)) {
                sink.warn(p.number(), "not placed: \"" + TextShape.shorten(text) + "\" is not a title and has none "
                        + "before it");
                field = runsOn ? Field.NOTE : Field.NONE; // the rest of that paragraph goes with it
                return;
            }
            if (current != null && current.hasAuthors() && TextShape.looksLikeAbstract(text)) {
                abstractLine(text);
                return;
            }
            ensureCurrent(p);
            current.title(TitleText.clean(text));
            current.ids(Ids.in(text));
            titleStated |= p.number() == cardTitle;
            lastTitleLine = text;
            return;
        }
        if (!current.hasAbstract()) {
            // one name a line continues a list; a name alone starts one only when another name alone follows it
            boolean oneALine = next != null && !next.blankBefore() && next.authorLine() == null
                    && AuthorLine.names(next.text(), true) != null && !TextShape.looksLikeAbstract(next.text());
            boolean loose = current.hasAuthors() && !p.blankBefore() && field == Field.AUTHORS || oneALine;
            boolean followedByPaper = next != null && (isIdLine(next.text().strip()) || Labels.of(next.text().strip()) != null
                    || TextShape.looksLikeAbstract(next.text()));
            if (authors(text, false)) {
                field = Field.AUTHORS;
                return;
            }
            if (next != null && !next.blankBefore() && text.indexOf(',') > 0 && !TextShape.looksLikeAbstract(text)
                    && authors(text + " " + next.text().strip(), false)) {
                consumed = next.number(); // an author list wrapped in the middle of a name
                field = Field.AUTHORS;
                return;
            }
            if (!current.hasAuthors() && !p.blankBefore() && continuesTitle(text, next)) {
                current.titleLine(TitleText.clean(text)).ids(Ids.in(text));
                lastTitleLine = text;
                return;
            }
            if (authors(text, loose || !p.blankBefore() && followedByPaper && text.length() <= 40)) {
                field = Field.AUTHORS;
                return;
            }
            if (layout.abstractLabelled() && !TextShape.looksLikeAbstract(text) || current.hasAuthors()
                    && AFFILIATION.matcher(text).find() && !TextShape.looksLikeAbstract(text)) {
                if (titleLike(text) && p.blankBefore() && (!current.hasEvidence() || startsRecord(next))) {
                    newTitle(p, text);
                }
                return; // affiliations, e-mails, page text between the authors and the labelled abstract
            }
            if (TextShape.looksLikeAbstract(text) || !titleLike(text) || runsOn(text, next)) {
                field = Field.ABSTRACT;
                lastAbstractLine = "";
                abstractLine(text);
                return;
            }
            if (current.hasAuthors() && !p.blankBefore() && !startsRecord(next)) {
                field = Field.ABSTRACT; // right under the author line: the abstract (or a snippet of it)
                lastAbstractLine = "";
                abstractLine(text);
                return;
            }
            newTitle(p, text); // the paper before has no abstract
            return;
        }
        if (startsNameList(text, next)) {
            sink.warn(p.number(), "not placed: a list of names after the paper of line " + current.line);
            field = Field.NOTE;
            return;
        }
        // the paper has its abstract: its authors (a card prints them below), more of it, or the next title
        if (!current.hasAuthors() && !layout.hardWrapped() && AuthorLine.parse(text, false) != null
                && (next == null || !TextShape.looksLikeAbstract(next.text()))) {
            authors(text, false);
            return;
        }
        if (titleLike(text) && (p.blankBefore() || !layout.hardWrapped() && !continuesAbstract(text))
                && !TextShape.isClearlyProse(text)) {
            newTitle(p, text);
            return;
        }
        if (layout.abstractLabelled() && field != Field.ABSTRACT) {
            // the labelled abstract has ended: what follows is page text (a dialog, a footer), not more of it
            sink.warn(p.number(), "not placed: \"" + TextShape.shorten(text) + "\" after the abstract of line "
                    + current.line);
            return;
        }
        field = Field.ABSTRACT;
        abstractLine(text);
    }

    /** A short line of capitalised words without a sentence end: the last line of a wrapped title. */
    private static boolean titleTail(String text) {
        String t = text.strip();
        if (t.length() >= 50 || t.endsWith(".") || t.endsWith(",")) {
            return false;
        }
        String[] words = t.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return capitalised * 2 >= words.length;
    }

    /** A name alone on its line with another under it: a list of people (DBLP's box, a "people" list), no title. */
    private static boolean startsNameList(String text, Pending next) {
        return next != null && !next.blankBefore() && AuthorLine.parse(text, false) == null
                && AuthorLine.parse(text, true) != null && AuthorLine.parse(next.text(), true) != null;
    }

    /** The line's sentence carries on into the next line, in lower case: a wrapped paragraph, not a title. */
    private static boolean runsOn(String text, Pending next) {
        if (next == null || next.blankBefore()) {
            return false;
        }
        String n = next.text().strip();
        return TextShape.continuesSentence(text, n) && !n.startsWith("http") && !isIdLine(n) && Labels.of(n) == null;
    }

    /** The next line is what follows a title: its authors, its identifier, or a title or author label. */
    private boolean startsRecord(Pending next) {
        if (next == null) {
            return false;
        }
        Labels.Label label = Labels.of(next.text().strip());
        boolean mailHeader = label != null && (label.name().equals("from") || label.name().equals("subject"));
        return next.authorLine() != null || isIdLine(next.text().strip()) || label != null
                && !mailHeader && (label.kind() == Labels.Kind.AUTHORS || label.kind() == Labels.Kind.TITLE);
    }

    /** "Title (Ann Lee, Bo Chen)": the authors a list puts in parentheses after the title. */
    private static final Pattern AUTHORS_AFTER = Pattern.compile("^(.*\\S)\\s*\\(([^()]{3,})\\)\\s*$");

    /** Sets the title, taking authors out of parentheses after it. */
    private void titleWithAuthors(String cleaned) {
        var m = AUTHORS_AFTER.matcher(cleaned);
        if (m.matches()) {
            List<String> names = AuthorLine.names(m.group(2), true);
            if (names != null) {
                current.title(m.group(1)).authors(names);
                return;
            }
        }
        current.title(cleaned);
    }

    private void newTitle(Pending p, String text) {
        finishCurrent();
        String cleaned = TitleText.clean(text);
        if (!lastPaperTitle.isEmpty() && sameTitle(cleaned, lastPaperTitle)) {
            // a chat's link preview repeats the paper just pasted: its text is a cut of the same abstract
            sink.warn(p.number(), "not placed: \"" + TextShape.shorten(cleaned) + "\" repeats the paper before it "
                    + "(a link preview?)");
            field = Field.NOTE;
            return;
        }
        current = new PaperBuilder(p.number());
        titleWithAuthors(TitleText.clean(text));
        current.ids(Ids.in(text));
        titleStated = p.number() == cardTitle;
        lastTitleLine = text;
        field = Field.NONE;
    }

    /**
     * A title right under the abstract before it, with no blank line between (a page copied without its spacing):
     * in a paste whose paragraphs are whole lines, a title-like line after an abstract that ended its sentence, with
     * a paper's next part under it (an abstract, authors, an identifier).
     */
    private boolean titleAfterAbstract(String text, Pending next) {
        return current.hasAbstract() && !layout.hardWrapped() && !layout.abstractLabelled() && titleLike(text)
                && !TextShape.isClearlyProse(text) && !continuesAbstract(text) && next != null && !next.blankBefore()
                && (TextShape.looksLikeAbstract(next.text()) || startsRecord(next));
    }

    /** A line after an abstract line, in a paste that is not hard-wrapped, continues it when the sentence runs on. */
    private boolean continuesAbstract(String text) {
        String last = lastAbstractLine.strip();
        if (last.isEmpty()) {
            return false;
        }
        char end = last.charAt(last.length() - 1);
        return ".?!。)\"”".indexOf(end) < 0 || Character.isLowerCase(text.charAt(0));
    }

    /** A title wrapped over lines: the line before ends mid-phrase, or the next line is the author line. */
    private boolean continuesTitle(String text, Pending next) {
        if (TextShape.looksLikeAbstract(text) || text.length() > TextShape.LONGEST_TITLE
                || AuthorLine.parse(text, false) != null || !titleLike(text) && !titleTail(text)) {
            return false;
        }
        String prev = lastTitleLine.strip();
        if (prev.isEmpty()) {
            return false;
        }
        boolean open = prev.endsWith(":") || prev.endsWith("-") || prev.endsWith(",")
                || CONNECTOR.matcher(prev).find() || Character.isLowerCase(text.charAt(0));
        boolean ended = prev.endsWith("?") || prev.endsWith("!") || prev.endsWith(".") || prev.endsWith(")");
        boolean full = layout.hardWrapped() && !ended
                && prev.length() + 1 + firstWord(text).length() > Math.min(maxLength, 80) - 8;
        boolean authorsNext = next != null && next.authorLine() != null && text.length() < 80;
        if (titleTail(text) && next != null && !next.blankBefore() && (isIdLine(next.text().strip())
                || LINK_LINE.matcher(next.text().strip()).matches())
                && AuthorLine.parse(text, true) == null) {
            return true; // the title's last words, then the link under it
        }
        return open || full || authorsNext && (layout.hardWrapped() || prev.length() >= 45);
    }

    private static final Pattern CONNECTOR = Pattern.compile(
            "(?i)\\b(of|for|and|the|with|to|in|on|a|an|via|from|by|at|into|towards?|using|as|is|are|or|&|without"
                    + "|within|beyond|across|over|under|than|between|through|versus|vs\\.?)$");

    private static String firstWord(String text) {
        int sp = text.indexOf(' ');
        return sp < 0 ? text : text.substring(0, sp);
    }

    /** Evidence enough that a record is a paper: a stated title, authors, an identifier, or an abstract's length. */
    private boolean isPaper(PaperBuilder b) {
        return titleStated || b.hasAuthors() || b.hasArxivId() || b.hasOtherIds()
                || (b.abstractLength() >= SHORTEST_ABSTRACT || TextShape.sentenceEnds(b.abstractString(), 2) >= 2)
                && (!fromHeading || abstractLabelSeen);
    }

    /** Shorter "abstracts" under a title-like line are remarks in a chat or a mail ("Thoughts welcome."). */
    private static final int SHORTEST_ABSTRACT = 150;

    /** A line that could be a title: no sentence end, not prose, starts like a title. */
    static boolean titleLike(String text) {
        String t = TitleText.clean(text);
        if (t.isEmpty() || t.length() > TextShape.LONGEST_TITLE || TextShape.looksLikeAbstract(t)) {
            return false;
        }
        char first = t.charAt(0);
        char last = t.charAt(t.length() - 1);
        if (Character.isLowerCase(first) || last == ':' || last == ',' || last == ';') {
            return false;
        }
        if (last == '.' && !t.endsWith("et al.") && t.split(" ").length >= 4) {
            return false;
        }
        return t.chars().anyMatch(Character::isLetter);
    }

    private boolean authors(String text, boolean loose) {
        AuthorLine.Parsed parsed = AuthorLine.parse(text, loose);
        if (parsed == null) {
            return false;
        }
        current.authors(parsed.names());
        current.ids(Ids.in(parsed.venue()));
        return true;
    }

    private void abstractLine(String text) {
        String t = text.strip();
        t = t.replaceAll("\\s*(?:△\\s*Less|▽\\s*More)\\s*$", "");
        if (t.isEmpty()) {
            return;
        }
        current.abstractLine(t);
        lastAbstractLine = t;
    }

    private void finishCurrent() {
        labelledAuthors.setLength(0);
        if (boldTitle != null && current != null) {
            current.title(TitleText.clean(boldTitle.toString()));
        }
        boldTitle = null;
        if (current != null && volume) {
            sink.warn(current.line, "not placed: \"" + TextShape.shorten(current.titleText()) + "\" is a proceedings "
                    + "volume, not a paper");
            current = null;
        }
        volume = false;
        if (current != null) {
            if (current.hasTitle() && !isPaper(current)) {
                sink.warn(current.line, "not placed: \"" + TextShape.shorten(current.titleText())
                        + "\" has no abstract, author or identifier beside it, so it was not read as a paper");
            } else {
                current.emit(sink);
                lastPaperTitle = current.titleText();
            }
        }
        current = null;
        titleStated = false;
        fromHeading = false;
        abstractLabelSeen = false;
        field = Field.NONE;
        afterSeparator = false;
        lastAbstractLine = "";
        lastTitleLine = "";
    }

    /** The paper's authors are what the labelled value says so far (replacing what earlier lines of it said). */
    private void setLabelledAuthors() {
        current.truncateAuthors(authorsBefore);
        String value = labelledAuthors.toString();
        AuthorLine.Parsed parsed = AuthorLine.parse(value, true);
        current.authors(parsed != null ? parsed.names() : AuthorLine.split(value)); // a label says these are names
    }

    private final StringBuilder labelledAuthors = new StringBuilder();
    private int authorsBefore;


}
