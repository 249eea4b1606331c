package org.abs2bib.dump;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bits of Markdown that reading lists and notes (plain .md, Notion, Obsidian) put around papers. */
final class Markdown {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern BARE_URL = Pattern.compile(
            "\\(?(?:\\bhttps?://|\\bwww\\.|\\barxiv\\.org/|\\bdoi\\.org/)\\S+\\)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\s*\\(\\s*[,;|/]?\\s*\\)|\\s*\\[\\s*]");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|(?:=\\s*){3,})$");
    private static final Pattern CALLOUT = Pattern.compile("^\\[!([A-Za-z-]+)][+-]?\\s*(.*)$");
    /** Link texts that name where a link goes, not what the paper is called. */
    private static final Set<String> GENERIC = Set.of("arxiv", "pdf", "paper", "link", "code", "abs", "html", "github",
            "project page", "project", "website", "openreview", "hf", "hugging face", "huggingface", "semantic scholar",
            "doi", "url", "here", "source", "blog", "demo", "video", "slides", "abstract", "arxiv page", "page");

    private Markdown() {
    }

    /** Links replaced by their text; links whose text only names the site ("arXiv", "PDF") and bare URLs removed. */
    static String linkTexts(String text) {
        if (text.indexOf("](") < 0 && text.indexOf("://") < 0 && text.indexOf(".org/") < 0) {
            return text;
        }
        Matcher m = LINK.matcher(text);
        String t = m.replaceAll(r -> Matcher.quoteReplacement(
                GENERIC.contains(r.group(1).strip().toLowerCase(Locale.ROOT)) ? "" : r.group(1)));
        t = AUTOLINK.matcher(t).replaceAll("");
        t = BARE_URL.matcher(t).replaceAll("");
        t = EMPTY_PARENS.matcher(t).replaceAll("");
        return t.strip().replaceAll("[\\s—–:|-]+$", "").strip();
    }

    /** The level (1-6) of an ATX heading ("## Week 3"), or 0. */
    static int headingLevel(String line) {
        Matcher m = HEADING.matcher(line);
        return m.matches() ? m.group(1).length() : 0;
    }

    static String headingText(String line) {
        Matcher m = HEADING.matcher(line);
        return m.matches() ? m.group(2) : line;
    }

    static boolean isRule(String line) {
        return RULE.matcher(line).matches();
    }

    /** An Obsidian callout's type ("abstract", "note") for "[!abstract] Title", else {@code null}. */
    static String calloutType(String unquoted) {
        Matcher m = CALLOUT.matcher(unquoted.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static String calloutTitle(String unquoted) {
        Matcher m = CALLOUT.matcher(unquoted.strip());
        return m.matches() ? m.group(2) : "";
    }
}
