package org.abs2bib.dump;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field labels that pages, exports and notes print before a paper's values ("Authors:", "Abstract", "TL;DR:",
 * "Anthology ID:", "PMID:"), each with what the reader does with the value. A line that starts with any other word and
 * a colon is text: titles have colons too ("AutoFlow: Automated Workflow …").
 */
final class Labels {
    enum Kind {
        /** The paper's title. */
        TITLE,
        /** Its authors. */
        AUTHORS,
        /** Its abstract. */
        ABSTRACT,
        /** A value that may carry an identifier (a link, a DOI, a PubMed id); nothing else is kept. */
        IDS,
        /** arXiv subjects: the first category is the primary one. */
        CATEGORY,
        /** A value that is not kept; lines that follow continue it unless they read as the abstract. */
        SKIP,
        /** Text about the paper that is not its abstract (TL;DR, an AI summary, notes): skipped, prose and all. */
        NOTE,
        /** Where the paper's body or its reviews begin: nothing is read until the next paper starts. */
        END
    }

    /** A label, what follows it on the line, and whether it stood alone as a heading ("Abstract"). */
    record Label(Kind kind, String name, String value, boolean heading) {
    }

    private static final Map<String, Kind> KINDS = new HashMap<>();

    private static void put(Kind kind, String... names) {
        for (String n : names) {
            KINDS.put(n, kind);
        }
    }

    static {
        put(Kind.TITLE, "title", "paper title", "subject");
        put(Kind.AUTHORS, "authors", "author", "from", "author(s)", "authors list", "authored by", "autoren", "auteurs");
        put(Kind.ABSTRACT, "abstract", "summary of the paper abstract", "paper abstract");
        put(Kind.IDS, "url", "link", "links", "doi", "pmid", "pmcid", "arxiv", "arxiv id", "arxiv link", "cite as",
                "anthology id", "pdf", "paper", "paper url", "paper link", "source", "eprint", "id", "article link");
        put(Kind.CATEGORY, "subjects", "categories", "primary category");
        put(Kind.NOTE, "tl;dr", "tldr", "ai-generated summary", "ai summary", "summary", "notes", "note", "my notes",
                "comment", "author information", "conflict of interest statement", "conflict of interest",
                "competing interests", "keywords", "key words", "tags", "tag", "primary area", "code of ethics",
                "submission guidelines", "anonymous url", "no acknowledgement section", "supplementary material",
                "cite (acl)", "cite (informal)", "copy citation", "bibtex", "highlights", "takeaways", "key points",
                "why it matters", "thoughts", "related", "questions", "erratum in", "comment in", "update of",
                "update in", "retraction in", "funding", "trial registration", "copyright", "references",
                "flag for ethics review", "article info", "article history", "highlights", "graphical abstract", "confidentiality notice", "disclaimer", "legal notice", "presenting", "presenter", "discussion lead", "lead", "owner", "assigned to",
                "next week", "todo", "to do", "why read", "my take", "tl;dr (mine)", "cite this paper", "cite this", "citation formats", "how to cite", "details of ethics concerns", "code", "code link", "github", "project page");
        put(Kind.SKIP, "comments", "volume", "month", "year", "address", "editors", "editor", "venue", "sig",
                "publisher", "pages", "language", "video", "status", "created", "rating", "added", "submitted",
                "published", "date", "journal-ref", "journal ref", "report-no", "report number", "msc-class",
                "acm-class", "license", "proceedings", "citation", "submission number", "venue id", "track",
                "session", "type", "priority", "read", "date added", "last edited", "last modified", "modified",
                "journal", "conference", "published in", "accepted at", "award", "stars", "upvotes", "category",
                "area", "topic", "topics", "project", "reading status", "dataset", "datasets", "models", "received",
                "accepted", "issue", "number", "issn", "isbn", "affiliations", "affiliation", "emails", "email",
                "corresponding author", "equal contribution", "bibkey", "bib key", "anthology id (old)", "field", "fields", "posted", "announced", "announce type");
        put(Kind.END, "introduction", "1 introduction", "1. introduction", "i. introduction", "1 background",
                "index terms", "ccs concepts", "acm reference format", "official review", "official comment",
                "meta review", "metareview", "paper decision", "decision", "review", "public comment",
                "author rebuttal", "rebuttal", "references", "acknowledgments", "acknowledgements", "contents");
    }

    /** "Label: value", "Label:value" (arXiv's abstract pages glue them), "Label — value", "TL;DR: value". */
    private static final Pattern WITH_VALUE = Pattern.compile(
            "^\\s*(?:[-*•●○◦▪]\\s+)?\\**([A-Za-z][A-Za-z0-9 ()./;&'-]{0,40}?)\\**\\s*(?::|：|\\s[—–]\\s|—)\\**\\s*(.*)$");
    /** A heading alone on its line: "Abstract", "ABSTRACT", "Authors", "1 Introduction", "Abstract." */
    private static final Pattern ALONE = Pattern.compile("^\\s*\\**([A-Za-z0-9][A-Za-z0-9 ().;-]{0,40}?)\\**\\s*[.:]?\\s*$");

    private Labels() {
    }

    /** "Title: …": the label of arXiv's listings and mailings, which marks a dump of labelled records. */
    static boolean isTitleLabel(String text) {
        Label label = of(text);
        return label != null && label.kind() == Kind.TITLE && !label.heading() && !label.name().equals("subject");
    }

    /** The label that starts {@code text}, or {@code null}. */
    static Label of(String text) {
        if (text.length() > 20_000) {
            return null;
        }
        Matcher m = WITH_VALUE.matcher(text);
        if (m.matches()) {
            String name = normal(m.group(1));
            Kind kind = KINDS.get(name);
            if (kind != null && !(kind == Kind.END && !m.group(2).isBlank() && !name.equals("index terms")
                    && !name.startsWith("official") && !name.equals("decision") && !name.equals("paper decision"))) {
                return new Label(kind, name, m.group(2).strip(), false);
            }
        }
        m = ALONE.matcher(text);
        if (m.matches()) {
            String name = normal(m.group(1));
            Kind kind = KINDS.get(name);
            if (kind != null && (kind != Kind.TITLE && kind != Kind.IDS && kind != Kind.SKIP)) {
                return new Label(kind, name, "", true);
            }
        }
        // "Abstract—We propose …" (IEEE), "Abstract. We propose …" (Springer), "ABSTRACT We propose"
        Matcher glued = GLUED_ABSTRACT.matcher(text);
        if (glued.find()) {
            return new Label(Kind.ABSTRACT, "abstract", text.substring(glued.end()).strip(), false);
        }
        if (OFFICIAL.matcher(text).find()) {
            return new Label(Kind.END, "review", "", true);
        }
        return null;
    }

    private static final Pattern GLUED_ABSTRACT = Pattern.compile("^\\s*(?:Abstract|ABSTRACT)\\s*(?:[—–.]|\\s{2,}|\\s(?=[A-Z]))\\s*");
    private static final Pattern OFFICIAL = Pattern.compile(
            "^\\s*(?:Official Review|Official Comment|Meta Review|Paper Decision|Public Comment|Author Rebuttal|Rebuttal)\\b"
                    + "(?: of Submission\\d+| by .*)?", Pattern.CASE_INSENSITIVE);

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
