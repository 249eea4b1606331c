package org.abs2bib.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that lists a paper's authors, labelled or not: "Tim Dettmers, Artidoro Pagnoni and Luke
 * Zettlemoyer", "Y Ding, LL Zhang, C Zhang… - arXiv preprint arXiv:2402.13753, 2024" (Google Scholar), "Bran AM(1),
 * Cox S(2)" (PubMed), "Alice Smith¹*, Bob Li²†" (a PDF), "A · B · C". Affiliation marks, e-mails and "et al." go;
 * what is left must look like names, word by word, or the line is not an author line.
 */
final class AuthorLine {
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,\\s*and\\s+|;|,|\\s+and\\s+|\\s+&\\s+|·|\\||，|、|\\s{3,}|\\t)\\s*");
    /** Google Scholar: authors, " - ", venue and year. */
    private static final Pattern SCHOLAR = Pattern.compile("^(.+?)\\s+[-–]\\s+(.+)$");
    private static final Pattern VENUE = Pattern.compile("\\d{4}|\\b[a-z]+\\.(?:com|net|org|edu)\\b|\\barXiv\\b");
    private static final Pattern MARKS = Pattern.compile(
            "\\(\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*\\)|\\[\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*]|\\^\\{?[\\w,*†‡]+}?"
                    + "|[\\d¹²³⁴⁵⁶⁷⁸⁹⁰*∗†‡§¶#♠♣♥♦⋆✉]+|\\S+@\\S+|\\(equal contribution\\)");
    private static final Pattern AFFILIATION_LETTERS = Pattern.compile(
            "(?<=\\p{L}{2})\\s+[a-z](?:\\s*,\\s*(?:[a-z]|\\*|∗))*(?=\\s*(?:,|$))");
    private static final Pattern MARK_SEPARATOR = Pattern.compile(
            "(?<=\\p{L})[¹²³⁴⁵⁶⁷⁸⁹⁰*∗†‡§¶\\d][¹²³⁴⁵⁶⁷⁸⁹⁰*∗†‡§¶,\\d]*(?=\\s+\\p{Lu})");
    private static final Pattern TRUNCATION = Pattern.compile(
            "(?i)\\bet\\s+al\\.?|…|\\.\\.\\.|\\+\\s*\\d+\\s*(?:more|authors?)?|\\(\\s*\\d+\\s+more\\s*\\)|\\b\\d+\\s+(?:more\\s+)?authors?\\b");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}|(?:\\p{Lu}\\.\\s*-?){1,3}");
    private static final Pattern WORD = Pattern.compile("(?:Mc|Mac|O'|O’|D'|D’|d'|d’|l'|l’)?\\p{Lu}[\\p{Ll}\\p{Lu}'’\\-.]*\\p{L}\\.?"
            + "|\\p{Lu}\\p{Ll}*-\\p{Lu}\\.?");
    /** Endings of English nouns and adjectives that names seldom have. */
    private static final Pattern WORDY = Pattern.compile(
            "(?:ing|tion|sion|ment|ness|ity|ive|ous|ship|ence|ance|ware|able|ible|ized|ised|ated|ics)$|-aware|-based");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\p{IsHangul}]{2,5}");
    private static final Set<String> ACRONYMS = Set.of("AI", "LLM", "GPT", "NLP", "RL", "QA", "ML", "CV", "RAG", "VLM",
            "PDF", "LLMS", "BERT", "API", "GNN", "CNN", "RNN", "MoE", "SFT", "ICL", "COT", "MT", "ASR", "TTS");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "dos",
            "das", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "y", "zu");
    /** Words of titles and page text that are never part of a name. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("model", "models", "learning", "language",
            "languages", "large", "neural", "network", "networks", "data", "agent", "agents", "via", "for", "with",
            "the", "of", "towards", "toward", "using", "benchmark", "benchmarks", "reasoning", "generation", "vision",
            "deep", "efficient", "scaling", "transformer", "transformers", "attention", "training", "multimodal",
            "diffusion", "retrieval", "augmented", "instruction", "tuning", "survey", "evaluation", "analysis",
            "system", "systems", "framework", "approach", "method", "methods", "optimization", "reinforcement",
            "policy", "graph", "knowledge", "text", "image", "images", "video", "speech", "code", "open", "source",
            "foundation", "robust", "adaptive", "dynamic", "parameter", "prompt", "prompts", "prompting", "chain",
            "thought", "abstract", "introduction", "university", "institute", "department", "school", "college",
            "laboratory", "lab", "labs", "research", "inc", "ltd", "corporation", "google", "microsoft", "meta",
            "deepmind", "openai", "view", "pdf", "html", "submitted", "published", "upvote", "comments", "subjects",
            "journal", "proceedings", "conference", "international", "annual", "association", "computational",
            "linguistics", "advances", "information", "processing", "arxiv", "preprint", "keywords", "primary",
            "area", "is", "are", "all", "you", "need", "a", "an", "in", "on", "to", "from", "how", "what", "why",
            "when", "we", "our", "this", "that", "new", "beyond", "between", "through", "without", "under", "can",
            "do", "does", "not", "llm", "llms", "ai", "gpt", "tasks", "task", "study", "case", "report", "technical",
            "towards", "world", "vs", "versus", "sciences", "science", "engineering", "computer", "china", "usa",
            "germany", "france", "japan", "korea", "canada", "kingdom", "united", "states", "beijing", "shanghai",
            "california", "stanford", "mit", "cmu", "tsinghua", "peking", "zhejiang", "alibaba", "tencent", "baidu",
            "amazon", "apple", "nvidia", "huawei", "bytedance", "group", "team", "center", "centre", "hospital",
            "medicine", "medical", "faculty", "academy", "national", "state", "key", "program", "edit", "edited",
            "reply", "replies", "thread", "today", "yesterday", "like", "abstract:", "tl;dr", "github", "stars",
            "collection", "community", "page", "paper", "papers", "supplemental", "bibtex", "metadata", "download",
            "presentations", "presentation", "submissions", "submission", "activity", "recent", "poster", "oral",
            "spotlight", "accepted", "rejected", "withdrawn", "track", "workshop", "session", "volume", "findings",
            "main", "long", "short", "demo", "tutorial", "papers", "proceedings", "edited", "editors", "contents",
            "search", "results", "sort", "filter", "home", "blog", "docs", "pricing", "models", "datasets", "spaces"));

    private AuthorLine() {
    }

    /** What a line says when it is an author line: the names, and the venue text Google Scholar puts after them. */
    record Parsed(List<String> names, String venue) {
    }

    /**
     * The names on the line, or {@code null} when it is not a list of names. With {@code loose}, one name alone
     * counts (a list printed one name a line, or a line under an "Authors" heading); otherwise a line needs two
     * names, or one name followed by "et al." or a Scholar venue.
     */
    static Parsed parse(String text, boolean loose) {
        String t = text.strip();
        // the longest author lines (a hundred authors) stay under about 2,000 characters
        if (t.isEmpty() || t.length() > 2500 || t.endsWith(":") || t.contains("://") || t.startsWith("#")
                || TextShape.sentenceEnds(t, 2) >= 2) {
            return null;
        }
        if (!loose && !mayListNames(t)) {
            return null; // the cheap test first: every line of a dump is asked
        }
        if (t.regionMatches(true, 0, "by ", 0, 3)) {
            t = t.substring(3);
        }
        String venue = "";
        Matcher scholar = SCHOLAR.matcher(t);
        if (scholar.matches() && VENUE.matcher(scholar.group(2)).find()) {
            t = scholar.group(1);
            venue = scholar.group(2);
        }
        boolean truncated = TRUNCATION.matcher(t).find();
        t = TRUNCATION.matcher(t).replaceAll(",");
        // "Siraaj Akhtar a,*, Saad Khan a": affiliation letters after a name (Elsevier)
        t = AFFILIATION_LETTERS.matcher(t).replaceAll("");
        // "Yukang Chen¹ Shengju Qian¹": a PDF separates names by their affiliation marks alone
        t = MARK_SEPARATOR.matcher(t).replaceAll(",");
        String unmarked = MARKS.matcher(t).replaceAll("");
        List<String> names = new ArrayList<>();
        for (String piece : SPLIT.split(unmarked)) {
            String name = TextShape.collapse(piece.replace('\u00A0', ' '));
            if (name.isEmpty()) {
                continue;
            }
            if (!isName(name)) {
                return null;
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            return null;
        }
        boolean enough = names.size() >= 2 || loose || truncated || !venue.isEmpty();
        if (!enough || !plausibleEnding(text.strip(), names)) {
            return null;
        }
        return new Parsed(names, venue);
    }

    /** Two names need a separator between them, or a mark of a cut list; a title's ": " is never in a name list. */
    private static boolean mayListNames(String t) {
        if (t.contains(": ")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == '·' || c == '&' || c == '|' || c == '…' || c == '\t' || c == '，'
                    || c == '、' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c >= '\u2070' && c <= '\u2079'
                    || "*∗†‡§¶♠♣♥♦⋆✉-–".indexOf(c) >= 0) {
                return true;
            }
        }
        return t.contains(" and ") || t.contains("et al") || t.contains("   ");
    }

    private static final Pattern LABELLED_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /**
     * The names of a value a label says is authors ("Authors: …"), split at commas, semicolons and "and", with
     * affiliations in parentheses dropped: they need not pass for names one by one.
     */
    static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        for (String name : LABELLED_SPLIT.split(PARENTHESES.matcher(text).replaceAll(" "))) {
            String n = TextShape.collapse(name);
            if (!n.isEmpty() && !n.equalsIgnoreCase("et al.") && !n.equalsIgnoreCase("et al") && !n.equals("…")
                    && !n.equals("...")) {
                names.add(n);
            }
        }
        return names;
    }

    static List<String> names(String text, boolean loose) {
        Parsed p = parse(text, loose);
        return p == null ? null : p.names();
    }

    /** A sentence ends in a period; a name list ends in a name, an initial, a mark or "et al.". */
    private static boolean plausibleEnding(String line, List<String> names) {
        char last = line.charAt(line.length() - 1);
        if (last == '?' || last == '!') {
            return false;
        }
        if (last == '.') {
            String lastName = names.get(names.size() - 1);
            return lastName.endsWith(".") && lastName.length() >= 2
                    && Character.isUpperCase(lastName.charAt(lastName.length() - 2))
                    || line.toLowerCase(Locale.ROOT).endsWith("et al.") || line.endsWith("...");
        }
        return true;
    }

    /** Two to six words, each a capitalised word, an initial or a particle; or a name in Han or Hangul script. */
    static boolean isName(String name) {
        if (HAN.matcher(name).matches()) {
            return true;
        }
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        int proper = 0;
        int wordy = 0;
        boolean initials = false;
        for (String w : words) {
            initials |= INITIALS.matcher(w).matches() && !ACRONYMS.contains(w);
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (INITIALS.matcher(w).matches() && !ACRONYMS.contains(w)) {
                continue; // "A", "LL", "J.-P." are initials even where the word "a" is not a name
            }
            // "S An", "Chenxin An", "T Le": short surnames, beside an initial or last in the name
            boolean shortBesideInitial = (initials || w == words[words.length - 1]) && lower.length() <= 3
                    && Character.isUpperCase(w.charAt(0));
            if (!shortBesideInitial && (NOT_NAMES.contains(lower) || NOT_NAMES.contains(lower.replaceAll("[.,]$", "")))) {
                return false;
            }
            if (PARTICLES.contains(lower) && Character.isLowerCase(w.charAt(0))) {
                continue; // "van der Berg JM": particles stand first in PubMed's family-name-first order
            }
            if (INITIALS.matcher(w).matches()) {
                continue;
            }
            if (!WORD.matcher(w).matches() || w.length() > 24) {
                return false;
            }
            if (WORDY.matcher(lower).find()) {
                wordy++;
            }
            proper++;
        }
        // "Model-Aware Contrastive Sampling": words of a title's vocabulary, not a person's name
        return proper >= 1 && wordy < 2;
    }
}
