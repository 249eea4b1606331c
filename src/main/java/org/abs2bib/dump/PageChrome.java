package org.abs2bib.dump;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that pages, mail clients and chat apps put around a paper list and that a copy drags along: buttons
 * ("Subscribe", "Upvote", "View PDF"), counts, link rows ("[pdf, html, other]", "Save Twitter LinkedIn Facebook"),
 * section banners, footers, chat names and times. Only whole lines that no title, author list or abstract would be
 * are matched, plus a "Subscribe" button glued to the first title.
 */
final class PageChrome {
    private static final String[] LINES = {
        // buttons and counts of any page
        "get trending papers in your email inbox( once a day)?!?",
        "subscribe|unsubscribe|upvoted?|share|follow|following|sign in|sign up|log ?in|log ?out|load more|show more",
        "show less|view all|trending papers|trending|daily papers|see all|back to top|read more|copy|copied|copy link",
        "copy to clipboard|bookmark|save|cite|cited by \\d+|related articles|all \\d+ versions|edit|delete|menu|search",
        "home|next|previous|prev|« ?prev(ious)?|next ?»|< ?prev|next ?>|page \\d+( of \\d+)?|more|less|reply|like|react",
        "[\\d.,]+ ?[km]?|[★⭐☆]\\s*[\\d.,]+ ?k?|\\d+ (stars?|forks?|likes?|upvotes?|comments?|views?|citations?)",
        "download( pdf)?|pdf|html|view pdf|view arxiv page|arxiv page|github|code|project page|paper page|website",
        "(models|datasets|spaces) citing this paper.*|collections including this paper.*|add to collection",
        "community|join the discussion|discussion|comment|\\d+ ?comments?",
        // Hugging Face
        "submitted by( \\S+)?|posted by( \\S+)?|shared by( \\S+)?|\\d+ authors?|\\+ ?\\d+( authors?| more)?",
        "published on .{3,40}|by ak and the research community|search, sort or filter.*|get this paper in your agent.*",
        // arXiv
        "\\[(pdf|html|other|ps|ps\\.gz|tex|src|tex source)(, ?(pdf|html|other|ps|ps\\.gz|tex|src|tex source))*]",
        "html \\(experimental\\)|tex source|other formats|view license|△ ?less|▽ ?more|skip to main content",
        "we gratefully acknowledge support from.*|the simons foundation.*|help ?\\| ?advanced search.*",
        "(new|cross|replacement) submissions.*|cross-lists?( for .*)?|replacements( for .*)?|total of \\d+ entries.*",
        "showing (first )?\\d+.*(entries|results).*|submission history|access paper:?|references ?& ?citations",
        "bibtex formatted citation|export bibtex citation|loading\\.*|\\(or arxiv:.*for this version\\)",
        "\\[v\\d+] .{5,80}|current browse context:?|change to browse by:?|new ?\\| ?recent.*|which authors of this paper.*",
        "arxivlabs:?.*|about arxivlabs|disable mathjax.*|web accessibility assistance|arxiv operational status.*",
        "(inspire hep|nasa ads|google scholar|semantic scholar|dblp - cs bibliography|listing ?\\| ?bibtex)",
        "bibliographic tools|bibliographic and citation tools|code, data,? media|code, data and media.*|demos",
        "related papers|recommenders and search tools|cornell university|searching\\.*|all fields|open search",
        "\\[submitted on .*]|view a pdf of the paper titled.*|(computer science|mathematics|physics|statistics"
            + "|quantitative biology|electrical engineering and systems science|economics) > .*",
        "(about|help|contact|copyright|privacy policy|arxiv)( \\| .*)?|click here to contact arxiv.*|contact arxiv.*|subscribe to arxiv mailings.*",
        "(searching for|search results for|search arxiv|advanced search).*",
        // Google Scholar
        "save\\W+twitter\\W+linkedin\\W+facebook.*|this message was sent by google scholar.*|list alerts",
        "cancel alert|see all results|scholar alert:?.*|google scholar alerts?|related research.*|\\[?show all]?",
        "new (results|articles|citations) (for|in|to) .*|\\d+ new (results?|citations?|articles?).*",
        // OpenReview
        "show details|hide details|readers: ?.*|published: .*|last modified: .*|show revisions|revisions|everyone",
        "(accept|reject)( \\((oral|poster|spotlight)\\))?|withdrawn( submissions?)?|desk rejected.*",
        "open peer review\\..*|\\d+ replies?( \\d+ replies)?|bibtex",
        // proceedings
        "bibtex( metadata)?( review| reviews)?( paper)?( supplemental)?|do not remove:.*|neurips proceedings",
        "part of advances in neural information processing systems.*|\\[abs]\\s*\\[download pdf].*|\\[?abs]?",
        "pdf cite search( video)?( fix data)?|copy citation:?|related material|presentation mode",
        "(bibtex|ris|mods xml|endnote|export citation)( (bibtex|ris|mods xml|endnote))*|pdf bib abs|abs pdf bib|bib",
        // chat
        "\\(edited\\)|edited|\\d+ repl(y|ies).*|view thread|last reply .*|new messages?|today|yesterday|new|forward",
        "\\[?\\d{1,2}:\\d{2}(:\\d{2})? ?([ap]\\.?m\\.?)?]?|(:[a-z0-9_+-]+:\\s*\\d*\\s*)+",
        "[\\p{So}\\p{Sk}\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\s\\d]+",
        // mail
        "on .{5,120} wrote:|-+ ?(forwarded|original) message ?-+|begin forwarded message:?|-- ?",
        "(sent|to|cc|bcc|date|reply-to): .{0,200}|(subject|from):\\s*(re|fwd?|aw|wg|tr):.*|from: .*@.*|\\[?external( email)?]?.*caution.*",
        // share rows split one word a line, search forms, status lines
        "twitter|linkedin|facebook|x|email|e-mail|whatsapp|reddit|mastodon|bluesky|threads|print|export|go|submit",
        "focus to learn more|search term or terms|show abstracts|hide abstracts|results per page\\.?|sort results by",
        "announcement date \\(newest first\\)|announcement date \\(oldest first\\)|relevance|pagination|donate",
        "arxiv logo|login|search v[\\d.]+ released.*|title|author\\(s\\)|full text|journal reference|report number",
        "acm classification|msc classification|arxiv identifier|orcid|arxiv author id|help pages|license \\(uri\\)",
        "name change policy|\\d+ blog links? \\(what is this\\?\\)|get status notifications via email or slack",
        "sign up or log in to comment|papers|models|datasets|spaces|docs|pricing|solutions|enterprise",
        "[a-z-]+(\\.[a-z-]+)? updates on arxiv\\.org|mark all as read|arxiv.*\\(\\d+ unread\\)|\\(?\\d+ unread\\)?",
        "((mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4}.{0,30}",
        "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2},? \\d{4}.{0,20}|\\d{4}-\\d{2}-\\d{2}.{0,20}",
        "sent from my \\w+.*|get outlook for .*|\\[cid:.*]|no updates for this time period\\.?|edited by:? .*",
        "submitted .*originally announced .*|proceedings of the .*(pmlr|\\d{4}).*|[«‹›»<>|…\\s\\d]+|; .*|%[0-9a-z] .*|originally announced .*|arxiv-issued doi via datacite.*",
        "full-text links:?|download:?|view license|current browse context: ?.*|cs ?\\.?[a-z]*|× .*",
        "(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)( [\\p{L} .'’&-]{0,40})?[,!:]?",
        "daily|weekly|monthly|system theme|company|tos|privacy|careers|about|blog|status|hugging face('s logo)?",
        "[\\d.,]+ ?k?\\s*(upvotes?|stars?|likes?)?|·",
        "(iclr|neurips|nips|icml|acl|emnlp|naacl|eacl|coling|cvpr|iccv|eccv|aaai|ijcai|colm|kdd|www|sigir|tmlr)"
            + " \\d{4}( conference)?( (poster|oral|spotlight|main|findings|workshop|notable[- ]top-\\d+%?))*",
        ".{1,60} › .{1,60}|openreview(\\.net)?|go to (\\w+ )?homepage",
        "((pdf|bib|abs|video|code|data|software|poster|slides|dataset|note|attachment|presentation)( \\(full\\))?\\s*)+",
        "×|✕|✖|close|quick links|< ?prev ?\\| ?next ?>|copy to clipboard( download)?|frequently asked questions",
        "terms of use|terms of service|feedback|sponsors|requests for name changes in the electronic proceedings.*",
        "use the \"report an issue\" link.*|report an issue( ?\\| ?name change policy)?|.{1,80} - new (results|articles|citations)",
        "apa|mla|chicago|harvard|vancouver|endnote|ris|bibtex|citation|cite|export|about openreview|about arxiv",
        ".{0,60}\\btoggle\\b.{0,100}|hosting a venue|all venues",
        ".{1,60}\\(what (is|are) .{1,60}\\?\\)|(bibsonomy|reddit|mendeley|twitter|facebook) logo.*|data provided by:?",
        "showing up to \\d+ entries per page.*|(previous|prev|«)?( ?\\d+)+( ?(next|»))?|copy .{1,30} to clipboard.*",
        "(acl|informal|markdown|mods xml|bibtex|endnote)( \\((informal|acl)\\))?|arxiv\\.org|((arxiv page|github|pdf|code|project page|paper page|website|demo"
            + "|dataset|models?|spaces?|collections?) ?)+",
        ".{10,400} \\([\\p{L}'’ -]{2,40}( et al\\.| and [\\p{L}'’ -]{2,40})?, [^()]{0,60}\\d{4}[a-z]?\\)",
        "[%=*#~_\\-–—.·•+]{3,}( ?[%=*#~_\\-–—.·•+]+)*|submissions received from .*|see recent articles|open menu|close menu|#\\d+ paper of the (day|week|month)|go to .{0,80}homepage|\\[\\d+]|\\d+\\.",
        "replaced with revised version .*|showing new listings for .*|corresponding author\\.?|\\* corresponding author.*",
        "\\[(save|twitter|linkedin|facebook|cite|related articles|all \\d+ versions)] ?.*",
        // editor and document text
        "table of contents|contents|untitled|references|bibliography",
    };
    private static final Pattern WHOLE_LINE;
    /** Separator dots a card puts before or after a value: "· 9 authors", "Published on Jan 26 ·". */
    private static final Pattern EDGE_DOTS = Pattern.compile("^[·•|]\\s*|\\s*[·•|]$");

    static {
        StringBuilder all = new StringBuilder();
        for (String p : LINES) {
            all.append(all.length() == 0 ? "" : "|").append(p);
        }
        // groups only group here: non-capturing ones make every match (and every Matcher) cheaper
        String grouped = all.toString().replaceAll("(?<!\\\\)\\((?!\\?)", "(?:");
        WHOLE_LINE = Pattern.compile("(?:" + grouped + ")"); // matched against lower-cased text: no case flags
    }

    static final Pattern TRENDING = Pattern.compile(
            "get trending papers in your email inbox( once a day)?!?|subscribe|unsubscribe|upvote|share|follow|sign in"
                    + "|sign up|log in|load more|show more|view all|trending papers|trending|daily papers|see all"
                    + "|back to top");

    /** The chrome of the trending-papers page the first readers were written for: no sign of another source. */
    static boolean isTrendingChrome(String line) {
        String t = line.strip();
        // every line of a dump is asked: a line longer than the longest alternative is none of them
        return t.length() <= LONGEST_TRENDING && TRENDING.matcher(t.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * No line {@link #TRENDING} matches is longer than the pattern's own text: it has alternatives and optional
     * parts, and nothing that repeats ({@code PageChromeTest} holds it to that).
     */
    static final int LONGEST_TRENDING = TRENDING.pattern().length();

    private static final Pattern CLOSING = Pattern.compile(
            "(best|cheers|thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|all the best"
                    + "|bests|best wishes|talk soon|see you|saluti|grazie|viele grüße|liebe grüße)[,.!]?( all)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A mail's closing ("Best,", "Cheers,"): what follows is a signature. */
    static boolean isClosing(String line) {
        return CLOSING.matcher(line.strip()).matches();
    }

    /** A chat message header: "Jane Doe  10:32 AM", "[11:02 AM] Doe, Jane", "jdoe — Today at 3:14 PM". */
    private static final Pattern CHAT_HEADER = Pattern.compile(
            "^(?:\\[?\\d{1,2}:\\d{2}\\s?(?:[AaPp]\\.?[Mm]\\.?)?]?|[\\p{L}][\\p{L} .'’()/-]{0,40}?\\s+(?:(?:today|yesterday)(?: at)?\\s+)?\\d{1,2}:\\d{2}\\s?(?:[AaPp]\\.?[Mm]\\.?)?"
                    + "|\\[\\d{1,2}:\\d{2}\\s?(?:[AaPp][Mm])?][\\p{L} ,.'’()-]{2,60}"
                    + "|[^\\s—]{2,40}(?:\\s+[^\\s—]{1,20}){0,3}\\s+[—–-]\\s+(?:(?:today|yesterday)(?: at)?|\\d{1,2}/\\d{1,2}/\\d{2,4},?)\\s+\\d{1,2}:\\d{2}\\s?(?:[AaPp][Mm])?)$",
            Pattern.CASE_INSENSITIVE);
    /** Words a copy glues onto the next line because the page shows them as buttons. */
    private static final Pattern GLUED_PREFIX = Pattern.compile("^(Subscribe)(?=[A-Z0-9\"“(])");

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        String t = EDGE_DOTS.matcher(line.strip()).replaceAll("");
        if (t.length() > 400) {
            return false;
        }
        if (t.isEmpty()) {
            return !line.isBlank(); // a separator dot alone
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.indexOf("  ") >= 0 || lower.indexOf('\t') >= 0) {
            lower = lower.replaceAll("\\s+", " ");
        }
        return WHOLE_LINE.matcher(lower).matches();
    }

    /** A chat app's line that opens a message: the sender's name and the time. */
    static boolean isChatHeader(String line) {
        String t = line.strip();
        return t.length() <= 80 && CHAT_HEADER.matcher(t).matches();
    }

    /** The line without a button label glued to its start, or the line itself. */
    static String stripGluedPrefix(String line) {
        Matcher m = GLUED_PREFIX.matcher(line.strip());
        return m.find() ? line.strip().substring(m.end()) : line;
    }
}
