package org.abs2bib.dump;

import java.util.regex.Pattern;

/**
 * A title as a reference should hold it: without the list number, bullet, {@code [PDF]} tag, Markdown markup, label
 * or enclosing quotes that the page or editor put around it.
 */
final class TitleText {
    private static final Pattern SCHOLAR_TAG = Pattern.compile(
            "^\\s*(?:\\[(?:PDF|HTML|BOOK|B|CITATION|C|DOC|PS|DOCX|PPT)]\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:title|paper)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[[ xX]]\\s+");
    /** Emphasis around the whole title or parts of it: **bold**, __bold__, *italic*, _italic_, `code`. */
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1|(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])"
            + "|(?<![\\w_])_(?!\\s)([^_]+?)(?<!\\s)_(?![\\w_])");

    private TitleText() {
    }

    static String clean(String text) {
        String t = text.strip();
        String before;
        do {
            before = t;
            t = TextShape.stripListMarker(t).strip();
            t = HEADING.matcher(t).replaceFirst("");
            t = CHECKBOX.matcher(t).replaceFirst("");
            t = SCHOLAR_TAG.matcher(t).replaceFirst("");
            t = LABEL.matcher(t).replaceFirst("");
        } while (!t.equals(before));
        t = Markdown.linkTexts(t);
        t = unemphasise(t);
        t = unquote(t.strip());
        if (t.endsWith(" (edited)")) {
            t = t.substring(0, t.length() - " (edited)".length());
        }
        return t.strip();
    }

    static String unemphasise(String t) {
        if (t.indexOf('*') < 0 && t.indexOf('_') < 0) {
            return t;
        }
        return EMPHASIS.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4)));
    }

    /** "“Title”" or "\"Title\"" loses the quotes when they enclose the whole title and nothing else is quoted. */
    static String unquote(String t) {
        if (t.length() < 3) {
            return t;
        }
        char open = t.charAt(0);
        char close = t.charAt(t.length() - 1);
        boolean pair = open == '"' && close == '"' || open == '“' && close == '”' || open == '„' && close == '“'
                || open == '«' && close == '»' || open == '\'' && close == '\'' || open == '‘' && close == '’'
                || open == '「' && close == '」';
        if (!pair) {
            return t;
        }
        String inner = t.substring(1, t.length() - 1);
        if (inner.indexOf(open) >= 0 || inner.indexOf(close) >= 0) {
            return t;
        }
        return inner.strip();
    }
}
