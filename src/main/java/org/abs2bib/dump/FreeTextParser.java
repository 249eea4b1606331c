package org.abs2bib.dump;

/**
 * Reads dumps without labels: a title line, then its abstract on one line or wrapped over several; papers either
 * follow each other line by line or are separated by blank lines; titles may carry list numbers or bullets.
 *
 * <p>Each line is decided with the next one in view, because a wrapped paragraph and a title followed by its abstract
 * look alike until one sees whether the following line continues the sentence.
 */
final class FreeTextParser {
    private final PaperSink sink;
    private final boolean blocks;
    private final boolean numbered;
    private PaperBuilder current;
    private Pending pending;
    private boolean blankSeen;
    private boolean seenContent;
    private boolean lastWasChrome;
    /** The line decided last: whether it ended a sentence tells a title after an abstract from a wrapped line. */
    private String lastText = "";

    /** A content line waiting for the line after it. */
    private record Pending(int number, String text, boolean blankBefore) {
    }

    /**
     * @param blocks   papers are separated by blank lines, so lines inside a block continue the abstract
     * @param numbered titles carry list markers, so a marked line always starts a new paper
     */
    FreeTextParser(PaperSink sink, boolean blocks, boolean numbered) {
        this.sink = sink;
        this.blocks = blocks;
        this.numbered = numbered;
    }

    void accept(Line line) {
        if (line.isBlank()) {
            blankSeen = true;
            return;
        }
        String text = line.text();
        if (PageChrome.isTrendingChrome(text)) { // this path reads trending-page copies; other chrome is the record reader's
            lastWasChrome = true;
            return;
        }
        if (lastWasChrome || !seenContent) {
            text = PageChrome.stripGluedPrefix(text);
        }
        lastWasChrome = false;
        seenContent = true;
        Pending next = new Pending(line.number(), text, blankSeen);
        blankSeen = false;
        if (pending != null) {
            decide(pending, next);
        }
        pending = next;
    }

    void finish() {
        if (pending != null) {
            decide(pending, null);
            pending = null;
        }
        finishCurrent();
    }

    private void decide(Pending line, Pending next) {
        decideLine(line, next);
        lastText = line.text();
    }

    private void decideLine(Pending line, Pending next) {
        String text = line.text();
        String id = TextShape.arxivIdLine(text);
        if (id != null && current != null) {
            current.arxivId(id);
        } else if (current == null && !numbered && TextShape.looksLikeAbstract(text)) {
            // text before the first title: kept aside, then reported, since there is no title to make an entry of
            current = new PaperBuilder(line.number()).abstractText(text);
        } else if (startsPaper(line, next)) {
            finishCurrent();
            String title = numbered ? TextShape.stripListMarker(text) : text;
            current = new PaperBuilder(line.number()).title(TitleText.unquote(title.strip()));
        } else {
            if (!blocks && !numbered && current.hasAbstract() && !line.blankBefore()) {
                // never silent: if this was a title, its paper would be lost inside the abstract above
                sink.warn(line.number(), "read as more of the abstract of line " + current.line + "; if it is a "
                        + "title, put a blank line before it");
            }
            current.abstractText(text);
        }
    }

    private boolean startsPaper(Pending line, Pending next) {
        if (current == null) {
            return true;
        }
        String text = line.text();
        if (numbered) {
            return TextShape.hasListMarker(text);
        }
        boolean abstractLike = TextShape.looksLikeAbstract(text);
        if (line.blankBefore()) {
            // a new block: a title, unless it is a wrapped paragraph whose sentence runs on into the next line
            boolean runsOn = next != null && !next.blankBefore() && TextShape.continuesSentence(text, next.text());
            return !abstractLike && !runsOn;
        }
        if (blocks) {
            // inside a block wrapped lines continue the abstract, unless the abstract has ended a sentence and a
            // title-shaped line follows with a whole abstract after it (a paste that left one blank line out)
            return current.hasAbstract() && endsSentence(lastText) && !abstractLike && next != null
                    && !next.blankBefore() && TextShape.looksLikeAbstract(next.text())
                    && !TextShape.continuesSentence(text, next.text()) && text.length() <= TextShape.LONGEST_TITLE
                    && !text.strip().endsWith(".");
        }
        // line by line, titles and abstracts alternate: after an abstract only clear prose is more abstract; after a
        // title, a line that is not abstract-like is the next title (the paper before has no abstract)
        return current.hasAbstract() ? !TextShape.isClearlyProse(text) : !abstractLike;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".?!。)\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private void finishCurrent() {
        if (current != null) {
            current.emit(sink);
            current = null;
        }
    }
}
