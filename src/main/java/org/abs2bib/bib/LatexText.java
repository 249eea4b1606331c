package org.abs2bib.bib;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * Turns dump text into a BibTeX field value, and says what that value reads as.
 *
 * <p>Abstracts copied from arXiv already hold some LaTeX. The rule (also in the README):
 * <ul>
 *   <li>escaped specials ({@code \% \& \# \_ \$ \{ \}}) stay escaped: they mean the character;</li>
 *   <li>{@code \textit{…}}, {@code \textbf{…}}, {@code \emph{…}}, {@code \texttt{…}}, {@code \textsc{…}} with a
 *       balanced argument stay: they typeset as intended;</li>
 *   <li>well-known abbreviation macros ({@code \eg}, {@code \ie}, {@code \etal}, {@code \wrt}, {@code \vs},
 *       {@code \etc}, {@code \cf}) become their text ("e.g.");</li>
 *   <li>any other macro ({@code \ours}) was defined only in its authors' paper: it is kept as visible text
 *       ({@code \textbackslash{}ours}), so no word is lost and LaTeX raises no error;</li>
 *   <li>{@code $…$} stays math when its content is plain math; otherwise the dollars are text;</li>
 *   <li>a tie after an abbreviation ({@code e.g.~RoBERTa}) becomes a space;</li>
 *   <li>everything else is text: {@code & % $ # _ { }} are escaped, {@code ~ ^ \ < > |} written as
 *       {@code \textasciitilde{}}, {@code \textasciicircum{}}, {@code \textbackslash{}}, {@code \textless{}},
 *       {@code \textgreater{}}, {@code \textbar{}};</li>
 *   <li>braces that pair up are written {@code \{ \}}; a brace without a partner (the sample has a stray
 *       {@code }}) becomes {@code \textbraceright{}}, because BibTeX counts even escaped braces and a lone one
 *       would end the field early or swallow the next entry.</li>
 * </ul>
 * Non-ASCII text stays UTF-8 unless {@code asciiOnly}, which writes accents as LaTeX commands ({@code {\"u}}).
 */
public final class LatexText {
    /**
     * A field value, the plain text it reads as, and the same as CSL rich text: plain text with
     * {@code <span class="nocase">…</span>} where the LaTeX protects capitals, and {@code < > &} escaped. A title's
     * CSL text is in sentence case, as CSL expects titles stored and as pandoc reads the same title from the
     * {@code .bib}: every word the LaTeX leaves unprotected is lowered unless it starts the title or a sentence in it
     * ("Many-Shot In-Context Learning: A Study" → "Many-shot in-context learning: A study"), so a style renders one
     * reference whichever of the two files it is given.
     */
    public record Encoded(String latex, String plain, String csl) {
    }

    /**
     * Capitalised words that stay capitalised in a sentence-case title: languages and peoples, and the eponyms of
     * methods that titles in the field name (a style lowering the title's case must not write "german" or
     * "bayesian"). Names not listed here are not guessed: a capitalised word may as well be a title-case common word.
     */
    static final Set<String> PROPER = Set.of("English", "German", "French", "Spanish", "Italian", "Portuguese",
            "Dutch", "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Czech", "Russian", "Ukrainian", "Greek",
            "Turkish", "Arabic", "Hebrew", "Persian", "Hindi", "Bengali", "Urdu", "Tamil", "Chinese", "Mandarin",
            "Cantonese", "Japanese", "Korean", "Vietnamese", "Thai", "Indonesian", "Malay", "Swahili", "Latin",
            "Indian", "African", "European", "American", "Asian", "Bayesian", "Gaussian", "Markov", "Markovian",
            "Boltzmann", "Euclidean", "Hessian", "Lipschitz", "Fourier", "Newton", "Newtonian", "Nash", "Pareto",
            "Shapley", "Monte", "Carlo", "Laplace", "Laplacian", "Wasserstein", "Riemannian", "Hilbert", "Turing",
            "Kalman", "Bernoulli", "Poisson", "Dirichlet", "Langevin", "Hamiltonian", "Lagrangian", "Jacobian",
            "Kolmogorov", "Shannon", "Bellman", "Hebbian", "Hopfield", "Gibbs", "Wikipedia", "Python", "Internet");
    private static final Set<String> FORMATTING = Set.of("textit", "textbf", "emph", "texttt", "textsc", "textsl",
            "textrm", "textsf", "underline");
    private static final Map<String, String> ABBREVIATIONS = Map.of("eg", "e.g.", "ie", "i.e.", "etal", "et al.",
            "wrt", "w.r.t.", "vs", "vs.", "etc", "etc.", "cf", "cf.", "aka", "a.k.a.", "iid", "i.i.d.");
    private static final Map<String, String> SYMBOLS = Map.of("ldots", "...", "dots", "...", "LaTeX", "LaTeX",
            "TeX", "TeX", "textasciitilde", "~", "textasciicircum", "^", "textbackslash", "\\");
    /** Macros safe inside math: the kernel defines them all. */
    private static final Set<String> MATH_MACROS = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon",
            "zeta", "eta", "theta", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "varphi", "chi",
            "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Pi", "Sigma", "Phi", "Psi", "Omega", "times", "cdot",
            "leq", "geq", "le", "ge", "neq", "approx", "sim", "infty", "log", "exp", "ln", "sqrt", "frac", "mathcal",
            "mathbf", "mathrm", "mathit", "ell", "in", "to", "rightarrow", "leftarrow", "pm", "ldots", "cdots",
            "sum", "prod", "min", "max", "top", "prime", "partial", "nabla", "mid", "lvert", "rvert", "left", "right");
    private static final int LONGEST_MATH = 200;
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="), Map.entry('\u0306', "u"), Map.entry('\u0307', "."), Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"), Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0327', "c"),
            Map.entry('\u0328', "k"));
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "{\\ss}"), Map.entry('æ', "{\\ae}"), Map.entry('Æ', "{\\AE}"), Map.entry('ø', "{\\o}"),
            Map.entry('Ø', "{\\O}"), Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ł', "{\\l}"),
            Map.entry('Ł', "{\\L}"), Map.entry('ı', "{\\i}"), Map.entry('–', "--"), Map.entry('—', "---"),
            Map.entry('‘', "`"), Map.entry('’', "'"), Map.entry('“', "``"), Map.entry('”', "''"),
            Map.entry('…', "\\ldots{}"), Map.entry('\u00A0', "~"));

    private final boolean asciiOnly;

    public LatexText(boolean asciiOnly) {
        this.asciiOnly = asciiOnly;
    }

    /** Encodes body text (abstracts, notes). */
    public Encoded text(String source) {
        return inert(source) ? new Encoded(source, source, source) : encode(source, false);
    }

    /**
     * True when body text reads the same in LaTeX, plain text and CSL: printable ASCII with none of the characters
     * LaTeX, BibTeX or HTML give a meaning, and no TeX dash. Most abstracts are; their full pass was a fifth of a
     * conversion without tags.
     */
    private static boolean inert(String source) {
        for (int k = 0; k < source.length(); k++) {
            char c = source.charAt(k);
            if (c < ' ' || c > '}' || INERT_NOT.indexOf(c) >= 0
                    || c == '-' && k + 1 < source.length() && source.charAt(k + 1) == '-') {
                return false;
            }
        }
        return true;
    }

    /** Body text through the full pass, short cut or not: for tests that hold the short cut to it. */
    Encoded fullPass(String source) {
        return encode(source, false);
    }

    /** Printable ASCII that {@link Run} writes as something else in one of its three forms. */
    private static final String INERT_NOT = "\\$~{}&%#_^<>|";

    /** Encodes a title: like {@link #text} and braces around words whose capitals must survive sentence case. */
    public Encoded title(String source) {
        return encode(source, true);
    }

    /**
     * The plain text of a title or body text, as {@link #text} and {@link #title} give it. Most text has nothing
     * LaTeX would read otherwise (no backslash, tie or dollar, no control or invisible character), and its plain
     * text is itself: the tagger, the key maker and the duplicate finder ask for it several times a paper, so that
     * case skips the full pass.
     */
    public String plain(String source) {
        for (int k = 0; k < source.length(); k++) {
            char c = source.charAt(k);
            boolean unchanged = c < 0x7f ? c >= 0x20 && c != '\\' && c != '~' && c != '$' : Character.isLetterOrDigit(c);
            if (!unchanged) {
                return encode(source, false).plain();
            }
        }
        return source;
    }

    private Encoded encode(String source, boolean protect) {
        StringBuilder latex = new StringBuilder(source.length() + 16);
        StringBuilder plain = new StringBuilder(source.length());
        StringBuilder csl = new StringBuilder(source.length());
        new Run(source, 0, source.length(), pairs(source), protect, protect ? new SentenceCase() : null, latex, plain,
                csl).all();
        return new Encoded(latex.toString(), plain.toString(), csl.toString());
    }

    /** One pass over a piece of source text. */
    private final class Run {
        private final String s;
        private final int limit;
        private final int[] partner;
        private final boolean protect;
        private final StringBuilder latex;
        private final StringBuilder plain;
        private final StringBuilder csl;
        private final StringBuilder word = new StringBuilder();
        private final SentenceCase sentence;
        private int i;

        Run(String s, int start, int limit, int[] partner, boolean protect, SentenceCase sentence,
            StringBuilder latex, StringBuilder plain, StringBuilder csl) {
            this.s = s;
            this.i = start;
            this.limit = limit;
            this.partner = partner;
            this.protect = protect;
            this.latex = latex;
            this.plain = plain;
            this.csl = csl;
            this.sentence = sentence;
        }

        void all() {
            while (i < limit) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || protect && isJoiner(c) && word.length() > 0 && i + 1 < limit
                        && Character.isLetterOrDigit(s.charAt(i + 1))) {
                    word.append(c);
                    i++;
                    continue;
                }
                flushWord();
                switch (c) {
                    case '\\' -> backslash();
                    case '$' -> dollar();
                    case '~' -> tilde();
                    case '{', '}' -> {
                        brace(i, c);
                        i++;
                    }
                    default -> {
                        symbol(c);
                        i++;
                    }
                }
            }
            flushWord();
        }

        private void backslash() {
            char next = i + 1 < limit ? s.charAt(i + 1) : ' ';
            if (next == '{' || next == '}') {
                brace(i + 1, next);
                i += 2;
                return;
            }
            if ("%&#_$".indexOf(next) >= 0) {
                latex.append('\\').append(next);
                out(String.valueOf(next));
                i += 2;
                return;
            }
            if (next == '\\') { // a forced line break: a space in running text
                latex.append(' ');
                out(" ");
                i += 2;
                return;
            }
            int end = i + 1;
            while (end < limit && isAsciiLetter(s.charAt(end))) {
                end++;
            }
            String name = s.substring(i + 1, end);
            if (name.isEmpty()) {
                symbol('\\');
                i++;
                return;
            }
            int close = end < limit && s.charAt(end) == '{' ? matchingBrace(s, end) : -1;
            if (FORMATTING.contains(name) && close > 0 && close < limit && partner[end] == close) {
                latex.append('\\').append(name).append('{');
                new Run(s, end + 1, close, partner, protect, sentence, latex, plain, csl).all();
                latex.append('}');
                i = close + 1;
                return;
            }
            String replacement = ABBREVIATIONS.containsKey(name) ? ABBREVIATIONS.get(name) : SYMBOLS.get(name);
            if (replacement != null) {
                new Run(replacement, 0, replacement.length(), pairs(replacement), false, sentence, latex, plain,
                        csl).all();
                i = end + 1 < limit && s.startsWith("{}", end) ? end + 2 : end;
                return;
            }
            // a macro only its authors defined: keep it readable as text
            symbol('\\');
            i++;
        }

        private void dollar() {
            int close = s.indexOf('$', i + 1);
            // "$5 and $6" is money, not math: TeX authors write no space inside the dollars, nor a digit after them
            if (close > i + 1 && close < limit && close - i <= LONGEST_MATH && s.charAt(close - 1) != '\\'
                    && !Character.isWhitespace(s.charAt(i + 1)) && !Character.isWhitespace(s.charAt(close - 1))
                    && !(close + 1 < limit && Character.isDigit(s.charAt(close + 1)))
                    && isPlainMath(s.substring(i + 1, close))) {
                String math = s.substring(i, close + 1);
                latex.append(math);
                out(math.substring(1, math.length() - 1));
                i = close + 1;
            } else {
                symbol('$');
                i++;
            }
        }

        private void tilde() {
            boolean tie = i > 0 && i + 1 < limit && !Character.isWhitespace(s.charAt(i - 1))
                    && Character.isLetterOrDigit(s.charAt(i + 1))
                    && (s.charAt(i - 1) == '.' || Character.isLetter(s.charAt(i - 1)));
            if (tie) {
                latex.append(' ');
                out(" ");
            } else {
                symbol('~');
            }
            i++;
        }

        private void symbol(char c) {
            if (c == '-' && i + 1 < limit && s.charAt(i + 1) == '-') {
                // TeX's dashes: BibTeX keeps the hyphens, CSL gets the dash they typeset as (plain text, which keys
                // and tags read, keeps the hyphens too)
                boolean em = i + 2 < limit && s.charAt(i + 2) == '-';
                latex.append(em ? "---" : "--");
                plain.append(em ? "---" : "--");
                csl.append(em ? "\u2014" : "\u2013");
                if (sentence != null) {
                    sentence.passed("-");
                }
                i += em ? 2 : 1;
                return;
            }
            out(c);
            switch (c) {
                case '&', '%', '#', '_', '$' -> latex.append('\\').append(c);
                case '~' -> latex.append("\\textasciitilde{}");
                case '^' -> latex.append("\\textasciicircum{}");
                case '\\' -> latex.append("\\textbackslash{}");
                case '<' -> latex.append("\\textless{}");
                case '>' -> latex.append("\\textgreater{}");
                case '|' -> latex.append("\\textbar{}");
                default -> {
                    if (asciiOnly && c >= 128) {
                        appendChars(String.valueOf(c));
                    } else {
                        latex.append(c); // most symbols are a space or punctuation: no string made for each
                    }
                }
            }
        }

        /**
         * BibTeX counts every brace, escaped or not, so {@code \}} alone still ends a field early. A brace with a
         * partner is written {@code \{ \}}; one without becomes {@code \textbraceright{}}, which has no brace to
         * miscount.
         */
        private void brace(int at, char c) {
            out(String.valueOf(c));
            if (partner[at] >= 0) {
                latex.append('\\').append(c);
            } else {
                latex.append(c == '{' ? "\\textbraceleft{}" : "\\textbraceright{}");
            }
        }

        /** A character that reads as itself, in the plain and the CSL forms. */
        private void out(char c) {
            plain.append(c);
            appendCsl(csl, c);
            if (sentence != null) {
                sentence.passed(c);
            }
        }

        /** Text that reads as itself, in the plain and the CSL forms. */
        private void out(String text) {
            plain.append(text);
            csl.append(cslEscape(text));
            if (sentence != null) {
                sentence.passed(text);
            }
        }

        private void flushWord() {
            if (word.length() == 0) {
                return;
            }
            String w = word.toString();
            word.setLength(0);
            plain.append(w);
            if (!protect || !isName(w, i - w.length(), i)) {
                csl.append(sentence == null ? w : sentence.word(w));
                appendChars(w);
                return;
            }
            csl.append("<span class=\"nocase\">").append(cslEscape(w)).append("</span>");
            sentence.passed(w);
            // leading digits stay outside the braces: pandoc drops the protection of a group that opens with a digit
            // and then lowers "{1M}" to "1m" in title case, while "1{M}" keeps it
            int digits = 0; // and a ^ or _ after them: "{\textasciicircum{}N}" would be one special character to BibTeX
            while (digits < w.length()
                    && (Character.isDigit(w.charAt(digits)) || digits > 0 && isJoiner(w.charAt(digits)))) {
                digits++;
            }
            appendChars(w.substring(0, digits));
            String name = w.substring(digits);
            int upperRun = 0;
            while (upperRun < name.length() && Character.isUpperCase(name.charAt(upperRun))) {
                upperRun++;
            }
            boolean plural = upperRun >= 2 && name.substring(upperRun).equals("s"); // LLMs: the s follows the style
            latex.append('{');
            appendChars(plural ? name.substring(0, upperRun) : name);
            latex.append(plural ? "}s" : "}");
        }

        /**
         * Whether the word at [start, end) of the title must keep its case: by its own shape ({@link #needsProtection}),
         * or by its place: a lone capital that is not the article "A" ("Vitamin D", "U.S.", "A/B", "X-ray"); a capital
         * after a letter and an apostrophe ("O'Brien"); the title's first word written lower-case on purpose, where
         * its token holds a capital or a digit ("t-SNE", "gpt-oss-120b", "word2vec"): sentence case would capitalise it.
         */
        private boolean isName(String w, int start, int end) {
            if (needsProtection(w)) {
                return true;
            }
            char first = w.charAt(0);
            if (w.length() == 1 && Character.isUpperCase(first)) {
                return !(first == 'A' && (end >= limit || Character.isWhitespace(s.charAt(end))));
            }
            boolean afterApostrophe = start >= 2 && (s.charAt(start - 1) == '\'' || s.charAt(start - 1) == '’')
                    && Character.isLetter(s.charAt(start - 2));
            if (Character.isUpperCase(first) && afterApostrophe) {
                return true;
            }
            if (sentence != null && sentence.opensTitle() && Character.isLowerCase(first)) {
                int tokenEnd = start;
                while (tokenEnd < limit && !Character.isWhitespace(s.charAt(tokenEnd))) {
                    tokenEnd++;
                }
                return s.substring(start, tokenEnd).chars()
                        .anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            }
            return false;
        }

        private void appendChars(String text) {
            if (text.indexOf('^') >= 0 || text.indexOf('_') >= 0) { // a protected word such as E^2VPT
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (isJoiner(c)) {
                        latex.append(c == '^' ? "\\textasciicircum{}" : "\\_");
                    } else {
                        appendChars(String.valueOf(c));
                    }
                }
                return;
            }
            if (!asciiOnly) {
                latex.append(text);
                return;
            }
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c < 128) {
                    latex.append(c);
                } else if (LETTERS.containsKey(c)) {
                    latex.append(LETTERS.get(c));
                } else {
                    latex.append(accented(String.valueOf(c)));
                }
            }
        }
    }

    /** In a title, E^2VPT and x_1 are one word for brace protection: sentence case must not split them. */
    private static boolean isJoiner(char c) {
        return c == '^' || c == '_';
    }

    private static String cslEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            appendCsl(out, text.charAt(k));
        }
        return out.toString();
    }

    /** A character of CSL-JSON's HTML-like text: the three that HTML reads escaped, the rest as they are. */
    private static void appendCsl(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            default -> out.append(c);
        }
    }

    /**
     * A capital after the first letter (RoPE, LLM, GPT, AutoFlow), or a capital beside a digit (Qwen2, Llama3, 3D),
     * marks a name that sentence case must not touch.
     */
    static boolean needsProtection(String word) {
        if (PROPER.contains(word) || word.equals("I")) {
            return true; // styles that lower a title's case must not write "german" or "i think"
        }
        boolean digit = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k > 0 && Character.isUpperCase(c)) {
                return true;
            }
            digit |= Character.isDigit(c);
        }
        return digit && Character.isUpperCase(word.charAt(0));
    }

    /** {@code é} as {@code {\'e}}; a character with no LaTeX form stays as it is. */
    private static String accented(String c) {
        String d = Normalizer.normalize(c, Normalizer.Form.NFD);
        if (d.length() == 2 && d.charAt(0) < 128 && ACCENTS.containsKey(d.charAt(1))) {
            String accent = ACCENTS.get(d.charAt(1));
            char base = d.charAt(0);
            boolean letterAccent = Character.isLetter(accent.charAt(0));
            String baseText = base == 'i' ? "\\i" : String.valueOf(base);
            return "{\\" + accent + (letterAccent ? "{" + baseText + "}" : baseText) + "}";
        }
        return c;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** For each brace in {@code s}, the index of its partner as BibTeX pairs them (backslashes ignored), or -1. */
    static int[] pairs(String s) {
        int[] partner = new int[s.length()];
        java.util.Arrays.fill(partner, -1);
        int[] stack = new int[s.length()];
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '{') {
                stack[depth++] = k;
            } else if (c == '}' && depth > 0) {
                int open = stack[--depth];
                partner[open] = k;
                partner[k] = open;
            }
        }
        return partner;
    }

    /** The index of the brace closing the one at {@code open} (escaped braces skipped), or -1. */
    static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isPlainMath(String math) {
        int depth = 0;
        for (int k = 0; k < math.length(); k++) {
            char c = math.charAt(k);
            if (c == '\\') {
                int end = k + 1;
                while (end < math.length() && isAsciiLetter(math.charAt(end))) {
                    end++;
                }
                String name = math.substring(k + 1, end);
                if (!MATH_MACROS.contains(name) && !(name.isEmpty() && end < math.length()
                        && ",;!{}|".indexOf(math.charAt(end)) >= 0)) {
                    return false;
                }
                k = name.isEmpty() ? end : end - 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            } else if (c == '%' || c == '#' || c == '&' || c == '~' || c > 127) {
                return false;
            }
        }
        return depth == 0;
    }
}
