package org.abs2bib.tag;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Statistical keyphrases: noun-phrase candidates ({@code ADJ* (NOUN|PROPN)+}) from part-of-speech tags, matched by
 * their Porter stems, scored by TF-IDF over the whole dump with priors for the title and for early position,
 * near-duplicates removed, each shown in the spelling most common in the dump.
 *
 * <p>Use in two passes: {@link #analyze} every paper and {@link #count} it into the corpus, then ask {@link #top}.
 */
public final class KeyphraseExtractor {
    private static final int LONGEST_PHRASE = 5;
    /**
     * Generic nouns: no phrase on their own, but part of a compound they open ("model merging", "task vectors",
     * "performance measures").
     */
    private static final Set<String> GENERIC_NOUNS = Set.of("method", "methods", "paper", "approach", "approaches",
            "result", "results", "work", "study", "problem", "problems", "way", "ways", "use", "number", "set", "part",
            "type", "types", "case", "cases", "experiment", "experiments", "performance", "task", "tasks", "model",
            "models", "state", "order", "terms", "term", "lot", "kind", "range", "variety");
    /** Words that open no phrase: the generic nouns standing alone, and words that say nothing of the topic. */
    private static final Set<String> STOP = union(GENERIC_NOUNS, Set.of("new", "various", "different", "such",
            "other", "several", "many", "most", "more", "further", "existing", "previous", "recent", "first", "second",
            "same", "high", "low", "large", "small", "significant", "effective", "efficient", "novel", "proposed",
            "present", "current", "key", "extensive", "art", "e.g", "i.e", "etc", "al", "prone", "toward", "towards",
            "promising", "strong", "good", "few", "able", "due", "less", "fewer", "better", "best"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Tags after which a gerund that follows a noun ends a phrase rather than takes an object. */
    private static final Set<String> ENDS_A_GERUND = Set.of("PUNCT", "ADP", "CCONJ", "SCONJ", "AUX", "PART");

    /**
     * Participles that open a clause after a noun ("a benchmark consisting of", "an error leading to"): never part of
     * a phrase, whatever the tagger says (it takes "consisting" for a noun).
     */
    private static final Set<String> OPENS_A_CLAUSE = Set.of("consisting", "comprising", "according", "relying",
            "ranging", "resulting", "leading", "belonging", "pertaining", "depending", "corresponding", "amounting",
            "referring", "varying", "spanning", "including", "involving", "using", "following", "regarding");

    /** Last parts that say nothing of a hyphenated word's part of speech ("trade-off", "built-in", "k-means"). */
    private static final Set<String> PARTICLES = Set.of("off", "in", "up", "out", "on", "down", "over", "by",
            "back", "away", "means");

    /** Tags before a participle that make it a modifier inside a noun phrase ("the operating system"). */
    private static final Set<String> INSIDE_A_NOUN_PHRASE = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM",
            "CCONJ");
    /** Verbs that introduce a name ("a method called RICL"): never part of a phrase. */
    private static final Set<String> NAMING = Set.of("called", "named", "termed", "dubbed", "coined", "denoted");

    /** How candidates are ranked; tuned on the Inspec dev and train splits (see the keyphrase benchmark). */
    public record Scoring(double titleBoost, double positionWeight, boolean dropOverlaps, boolean participles,
                          boolean verbRepair, double[] weights) {
        /** The hand-tuned formula (no learned weights). */
        public static final Scoring FORMULA = new Scoring(1.5, 0.5, true, true, true, null);
        /**
         * Candidates ranked by weights learned on Inspec's train and dev labels by {@code KeyphraseTrainer} (a
         * logistic regression of {@link #features}; Inspec is research data: see NOTICE). Inspec dev F1@10 39.18 and
         * F1@5 34.51 when trained on train alone, against the formula's 37.29 and 31.59 on the same candidates.
         */
        public static final Scoring DEFAULT = FORMULA.withWeights(new double[] {
            -4.587735, -0.402797, -0.122121, -1.115269, 0.524827, 0.845559, 1.290095, 0.829536, 0.443555, 0.388341,
            0.254485, 0.000587, 0.118311, -0.146372, 0.087967, 0.108009, 0.367225, 0.095860, 0.085797, -0.497653,
            0.076979, -0.063346, 0.399878, -0.554388, 0.250399, -0.057490, 0.039996, 0.762541, 0.665283, 1.113778,
            0.251116, 0.734359, 0.374249, 0.557121, -0.129367});

        public Scoring(double titleBoost, double positionWeight, boolean dropOverlaps, boolean participles,
                       boolean verbRepair) {
            this(titleBoost, positionWeight, dropOverlaps, participles, verbRepair, null);
        }

        /** The same candidates, ranked by a linear model of {@link #FEATURES} features instead of the formula. */
        public Scoring withWeights(double[] w) {
            if (w.length != FEATURES) {
                throw new IllegalArgumentException(FEATURES + " weights, not " + w.length);
            }
            return new Scoring(titleBoost, positionWeight, dropOverlaps, participles, verbRepair, w.clone());
        }
    }

    /**
     * The commonest shapes of Inspec's longer keyphrases (proper nouns counted as nouns), one feature each; a single
     * word has its feature already (length one).
     */
    private static final List<String> SHAPES = List.of("AN", "NN", "ANN", "NNN", "AAN", "NAN", "ANNN", "NNNN",
            "AAAN");

    /** How many numbers {@link #features} gives a candidate: 26, then one for each of {@link #SHAPES}. */
    public static final int FEATURES = 26 + SHAPES.size();

    /** A candidate's occurrences in one paper. */
    static final class Candidate {
        String key;
        String surface;
        final String[] stems;
        /** How often each stem occurs in the whole paper. */
        int[] tf;
        int count;
        int first;
        boolean inTitle;
        /** What its words are where it first occurs, packed by {@link Form}. */
        final int form;
        /** The numbers of the key and the spelling, once counted (see {@link #writeDoc}); -1 before. */
        int keyId = -1;
        int surfaceId = -1;
        /** Its corpus statistics, once counted. */
        PhraseStats stats;

        Candidate(String key, String surface, String[] stems, int first, int form) {
            this.key = key;
            this.surface = surface;
            this.stems = stems;
            this.first = first;
            this.form = form;
        }
    }

    /** One paper, analysed. */
    public static final class Doc {
        final Map<String, Candidate> candidates = new LinkedHashMap<>();
        /** Every stem of the paper with its count, while the paper is analysed. */
        Map<String, Integer> stemCounts = new HashMap<>();
        /** The paper's distinct stems, for the document frequencies; dropped once counted. */
        String[] stems;
        int length;

        int count(String key) {
            Candidate c = candidates.get(key);
            return c == null ? 0 : c.count;
        }

        boolean inTitle(String key) {
            Candidate c = candidates.get(key);
            return c != null && c.inTitle;
        }
    }

    /** A keyphrase of one paper. */
    public record Phrase(String key, String text, double score) {
        public int words() {
            return key.split(" ").length;
        }
    }

    /**
     * What is worked out once per distinct token: its lower case, its stem, how a phrase shows it, what the
     * part-of-speech model says about it. Immutable, so all threads share one cache of them.
     */
    static final class Token {
        final String lower;
        final String stem;
        final String readable;
        final boolean stop;
        final boolean genericNoun;
        /** A hyphen inside the word ("fine-tuning"; a leading one is punctuation the tokenizer left on). */
        final boolean hyphenated;
        final boolean adverb;
        final PartOfSpeech.Word pos;

        Token(String text, PorterStemmer stemmer, PartOfSpeech tagger) {
            lower = text.toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder();
            for (String part : lower.split("-")) {
                if (out.length() > 0) {
                    out.append('-');
                }
                out.append(stemmer.stem(part));
            }
            stem = out.toString();
            readable = KeyphraseExtractor.readable(text);
            stop = STOP.contains(lower);
            genericNoun = GENERIC_NOUNS.contains(lower);
            hyphenated = lower.indexOf('-') > 0;
            adverb = lower.endsWith("ly");
            pos = tagger.word(taggedAs(text));
        }

        /**
         * What the part-of-speech model is shown of a token: a hyphenated word by its last part ("human-centered" as
         * "centered", "macro-block" as "block"). The model learned from text that splits hyphens, and took words it
         * had not seen whole for punctuation: shown the last part, Inspec dev F1@10 37.25 → 38.11, train 36.00 →
         * 36.61. A last part that is not a word ("GPT-4") or a particle ("trade-off") leaves the token whole.
         */
        static String taggedAs(String text) {
            int dash = text.lastIndexOf('-');
            return dash > 0 && dash + 1 < text.length() && Character.isLetter(text.charAt(dash + 1))
                    && !PARTICLES.contains(text.substring(dash + 1).toLowerCase(Locale.ROOT))
                    ? text.substring(dash + 1) : text;
        }
    }

    /**
     * Distinct tokens kept at once (about 600 bytes each); the cache is emptied when full, so memory stays bounded
     * on any dump. A year of arXiv abstracts has fewer distinct words than this in its common vocabulary.
     */
    private static final int TOKENS_KEPT = 100_000;

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** The stemmer keeps state, so each thread has its own. */
    private final ThreadLocal<PorterStemmer> stemmers = ThreadLocal.withInitial(PorterStemmer::new);
    private final PartOfSpeech tagger = new PartOfSpeech();

    private Token token(String text) {
        Token t = tokens.get(text);
        if (t == null) {
            if (tokens.size() >= TOKENS_KEPT) {
                tokens.clear();
            }
            t = new Token(text, stemmers.get(), tagger);
            tokens.put(text, t);
        }
        return t;
    }

    private final Scoring scoring;
    /** In how many papers each stem occurs (a counter each, so counting allocates nothing). */
    private final Map<String, int[]> stemDf = new HashMap<>();
    /** What the corpus says about each candidate, by the number of its stem key ({@link #strings}); null elsewhere. */
    private final List<PhraseStats> phrases = new ArrayList<>();

    /**
     * One candidate across the corpus: its stems, in how many papers it occurs, how it is spelled how
     * often. It holds its stems' document-frequency counters and its head's count themselves (live: they go on
     * counting), so scoring a candidate looks nothing up, and a paper read back shares its stems.
     */
    private static final class PhraseStats {
        final String[] stems;
        final int[][] stemDfs;
        final int[] headCount;
        int df;
        /** Pairs of a spelling's number and how often it was seen; most phrases have one or two. */
        int[] spellings = new int[2];
        int spellingCount;
        /** The most common spelling, worked out when first asked after the last count. */
        String best;

        PhraseStats(String[] stems, int[][] stemDfs, int[] headCount) {
            this.stems = stems;
            this.stemDfs = stemDfs;
            this.headCount = headCount;
        }

        void spelled(int surfaceId, int times) {
            for (int k = 0; k < spellingCount; k += 2) {
                if (spellings[k] == surfaceId) {
                    spellings[k + 1] += times;
                    return;
                }
            }
            if (spellingCount == spellings.length) {
                spellings = Arrays.copyOf(spellings, 2 * spellings.length);
            }
            spellings[spellingCount++] = surfaceId;
            spellings[spellingCount++] = times;
        }
    }
    private int docs;
    /** How many distinct candidates of the corpus end in each stem: a head word such as "system" heads many. */
    private final Map<String, int[]> heads = new HashMap<>();

    public KeyphraseExtractor(Scoring scoring) {
        this.scoring = scoring;
    }

    /** Analyses one paper; safe to call from several threads at once (then {@link #count} them in one). */
    public Doc analyze(String title, String text) {
        Doc doc = new Doc();
        collect(doc, title, true);
        collect(doc, text, false);
        for (Candidate c : doc.candidates.values()) {
            c.tf = new int[c.stems.length];
            for (int k = 0; k < c.stems.length; k++) {
                c.tf[k] = doc.stemCounts.getOrDefault(c.stems[k], 1);
            }
        }
        doc.stems = doc.stemCounts.keySet().toArray(new String[0]);
        doc.stemCounts = null;
        return doc;
    }

    /**
     * Words (letters and numbers, with inner hyphens and apostrophes: {@code [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*})
     * and single other characters, spaces left out: the tokens the tagger expects. Written out rather than as that
     * regular expression, which cost as much as tagging (the test checks both agree).
     */
    static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                int j = skipWordChars(text, next);
                while (j + 1 < n && isJoiner(text.charAt(j)) && isWordChar(text.codePointAt(j + 1))) {
                    j = skipWordChars(text, j + 1);
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else {
                if (!isSpace(cp)) {
                    tokens.add(text.substring(i, next));
                }
                i = next;
            }
        }
        return tokens.toArray(new String[0]);
    }

    private static int skipWordChars(String text, int from) {
        int j = from;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (!isWordChar(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any kind. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /** {@code \s} as regular expressions mean it: ASCII white space only. */
    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    private void collect(Doc doc, String text, boolean title) {
        String[] toks = tokens(text);
        if (toks.length == 0) {
            return;
        }
        Token[] info = new Token[toks.length];
        PartOfSpeech.Word[] words = new PartOfSpeech.Word[toks.length];
        for (int k = 0; k < toks.length; k++) {
            info[k] = token(toks[k]);
            words[k] = info[k].pos;
        }
        String[] tags = tagger.tag(words);
        if (scoring.verbRepair()) {
            for (int k = 1; k < toks.length; k++) {
                if (tags[k].equals("VERB") && info[k].lower.endsWith("ing")
                        && (isNoun(tags[k - 1]) || info[k].hyphenated)
                        && (k + 1 == toks.length || ENDS_A_GERUND.contains(tags[k + 1]))) {
                    // "decision making.", "web content filtering, and", "via Q-learning.": a gerund closing a compound
                    // (or hyphenated) is its head noun (Inspec dev F1@10 38.11 → 38.43, train 36.61 → 36.93)
                    tags[k] = "NOUN";
                }
            }
        }
        if (scoring.participles()) {
            // "distributed systems", "learning rate": a participle before a noun acts as an adjective
            for (int k = 0; k + 1 < toks.length; k++) {
                if (tags[k].equals("VERB") && isNoun(tags[k + 1])) {
                    String lower = info[k].lower;
                    // a gerund after a preposition, a verb or at a sentence's start takes an object ("by sharing demand
                    // information", "Training multilayer perceptrons"): the object alone is the phrase
                    boolean modifier = lower.endsWith("ed")
                            || (lower.endsWith("ing") && ((k > 0 && INSIDE_A_NOUN_PHRASE.contains(tags[k - 1]))
                            || info[k].hyphenated));
                    if (modifier && !NAMING.contains(lower)) {
                        tags[k] = "ADJ";
                    }
                }
            }
        }
        int start = -1;
        for (int k = 0; k <= toks.length; k++) {
            boolean inPhrase = k < toks.length && isPhraseTag(tags[k]) && Character.isLetterOrDigit(toks[k].charAt(0))
                    && !(scoring.verbRepair() && opensAClause(toks, info, tags, k));
            if (inPhrase && start < 0) {
                start = k;
            } else if (!inPhrase && start >= 0) {
                phrase(doc, toks, info, tags, start, k, title);
                start = -1;
            }
            if (k < toks.length && Character.isLetter(toks[k].charAt(0))) {
                doc.stemCounts.merge(info[k].stem, 1, Integer::sum);
            }
        }
        doc.length += toks.length;
    }

    /** "findings", "datasets"; not "class", not "is". */
    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
    }

    private static boolean isDeterminerLike(String tag) {
        return tag.equals("DET") || tag.equals("NUM") || tag.equals("PRON");
    }

    /**
     * "a benchmark consisting of", "errors leading to": a participle of {@link #OPENS_A_CLAUSE} after a noun, never
     * part of a phrase; but "the corresponding eigenvalues", "the leading edge" keep it as a modifier.
     */
    private static boolean opensAClause(String[] toks, Token[] info, String[] tags, int k) {
        boolean modifier = k > 0 && !isNoun(tags[k - 1]) && k + 1 < toks.length && isNoun(tags[k + 1]);
        return OPENS_A_CLAUSE.contains(info[k].lower) && !modifier;
    }

    private static boolean isVariable(String token) {
        return token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    private static boolean isNoun(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    private static boolean isPhraseTag(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ");
    }

    /** Emits the noun phrase in tokens[from, to): leading adjectives kept, trailing adjectives cut. */
    private void phrase(Doc doc, String[] toks, Token[] info, String[] tags, int from, int to, boolean title) {
        int end = to;
        if (scoring.verbRepair() && end < toks.length && end - from > 1 && isDeterminerLike(tags[end])
                && toks[end - 1].endsWith("s") && !toks[end - 1].endsWith("ss")) {
            end--; // "the router network selects two experts": a verb the tagger took for a noun
        } else if (scoring.verbRepair() && end - from > 1 && plural(toks[end - 2])
                && (toks[end - 1].endsWith("ing") || (end < toks.length && info[end].lower.equals("that")
                && !plural(toks[end - 1])))) {
            // "our findings reveal that", "datasets spanning many domains": a verb after a plural subject (Inspec
            // F1@10 37.17 without this rule, 37.25 with it: no loss; on the sample it removes three such tags)
            end--;
        }
        while (scoring.verbRepair() && end - from > 1 && isVariable(toks[end - 1])) {
            end--; // "the matrix C", "a graph G": a variable's name, which would otherwise reject the whole phrase
        }
        while (end > from && tags[end - 1].equals("ADJ")) {
            end--;
        }
        int begin = from;
        if (scoring.verbRepair() && begin > 0 && toks[begin - 1].equalsIgnoreCase("to") && tags[begin - 1].equals("PART")
                && end - begin > 1) {
            begin++; // "to store factual knowledge": an infinitive, not part of the phrase
        }
        // a generic noun opening a compound is part of it ("model merging", "task vectors", "performance measures")
        while (begin < end && ((info[begin].stop && !(end - begin > 1 && info[begin].genericNoun
                && isNoun(tags[begin]))) || info[begin].adverb)) {
            begin++;
        }
        if (end - begin < 1 || end - begin > LONGEST_PHRASE) {
            return;
        }
        String[] stems = new String[end - begin];
        StringBuilder surface = new StringBuilder();
        for (int k = begin; k < end; k++) {
            String lower = info[k].lower;
            if (lower.length() < 2 || !Character.isLetter(lower.charAt(0))) {
                return;
            }
            stems[k - begin] = info[k].stem;
            if (surface.length() > 0) {
                surface.append(' ');
            }
            surface.append(info[k].readable);
        }
        if (stems.length == 1 && info[begin].stop) {
            return;
        }
        String key = String.join(" ", stems);
        Candidate c = doc.candidates.get(key);
        if (c == null) {
            c = new Candidate(key, surface.toString(), stems, doc.length + from, Form.of(tags, info, begin, end));
            doc.candidates.put(key, c);
        }
        c.count++;
        c.inTitle |= title;
    }

    /**
     * A candidate's form in one int, worked out once when it is found (scoring reads it for every candidate of every
     * paper, and the second pass reads it from disk): how many adjectives, whether it opens with one, a proper noun,
     * a word with a capital or a hyphen, and which of {@link #SHAPES} its parts of speech make.
     */
    static final class Form {
        private static final int OPENS_WITH_ADJECTIVE = 1 << 3;
        private static final int PROPER = 1 << 4;
        private static final int CAPITAL = 1 << 5;
        private static final int HYPHEN = 1 << 6;
        private static final int SHAPE_SHIFT = 8;

        static {
            if (SHAPES.size() + 1 >= 1 << (16 - SHAPE_SHIFT)) {
                throw new AssertionError("a form must fit the two bytes writeDoc gives it");
            }
        }

        private Form() {
        }

        static int of(String[] tags, Token[] info, int from, int to) {
            int form = 0;
            int adjectives = 0;
            StringBuilder shape = new StringBuilder(to - from);
            for (int k = from; k < to; k++) {
                boolean adjective = tags[k].equals("ADJ");
                adjectives += adjective ? 1 : 0;
                form |= tags[k].equals("PROPN") ? PROPER : 0;
                form |= hasCapital(info[k].readable) ? CAPITAL : 0;
                form |= info[k].hyphenated ? HYPHEN : 0;
                shape.append(adjective ? 'A' : 'N');
            }
            form |= tags[from].equals("ADJ") ? OPENS_WITH_ADJECTIVE : 0;
            return form | adjectives | (SHAPES.indexOf(shape.toString()) + 1) << SHAPE_SHIFT;
        }

        static int adjectives(int form) {
            return form & 7;
        }

        static boolean opensWithAdjective(int form) {
            return (form & OPENS_WITH_ADJECTIVE) != 0;
        }

        static boolean proper(int form) {
            return (form & PROPER) != 0;
        }

        static boolean capital(int form) {
            return (form & CAPITAL) != 0;
        }

        static boolean hyphen(int form) {
            return (form & HYPHEN) != 0;
        }

        /** The index in {@link #SHAPES}, or -1. */
        static int shape(int form) {
            return (form >>> SHAPE_SHIFT) - 1;
        }

        private static boolean hasCapital(String word) {
            for (int k = 0; k < word.length(); k++) {
                if (Character.isUpperCase(word.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Acronyms and names with inner capitals (BERT, LoRA, RA-DIT) keep their case; other words, including
     * capitalised hyphenated ones (Non-Destructive), are lower-cased.
     */
    private static String readable(String token) {
        for (String part : token.split("-")) {
            for (int k = 1; k < part.length(); k++) {
                if (Character.isUpperCase(part.charAt(k))) {
                    return token;
                }
            }
        }
        return token.toLowerCase(Locale.ROOT);
    }

    /**
     * Adds a paper to the corpus statistics that scoring uses, and shares its phrases' strings with the papers
     * counted before: a dump's papers all wait in memory for the statistics of the whole dump, so their candidates
     * are most of the memory keyphrases cost. (Stems are shared already: they come from a cache of tokens.)
     */
    public void count(Doc doc) {
        docs++;
        for (String s : doc.stems) {
            int[] n = stemDf.get(s);
            if (n == null) {
                n = new int[1];
                stemDf.put(s, n);
            }
            n[0]++;
        }
        doc.stems = null;
        for (Candidate c : doc.candidates.values()) {
            int keyId = id(c.key);
            PhraseStats p = phrases.get(keyId);
            if (p == null) {
                int[][] dfs = new int[c.stems.length][];
                for (int k = 0; k < dfs.length; k++) {
                    dfs[k] = stemDf.get(c.stems[k]); // counted above: a candidate's words are words of its paper
                }
                p = new PhraseStats(c.stems, dfs,
                        heads.computeIfAbsent(c.stems[c.stems.length - 1], h -> new int[1]));
                phrases.set(keyId, p);
            }
            if (p.df++ == 0) {
                p.headCount[0]++;
            }
            int surfaceId = id(c.surface);
            p.spelled(surfaceId, c.count);
            p.best = null;
            c.stats = p;
            c.keyId = keyId;
            c.key = strings.get(keyId);
            c.surfaceId = surfaceId;
            c.surface = strings.get(surfaceId);
        }
    }

    /** Every phrase key and spelling counted, numbered: shared by papers, and named by number on disk. */
    private final List<String> strings = new ArrayList<>();
    /** The numbers of {@link #strings}: a key and a spelling that are the same string share one. */
    private final Map<String, Integer> ids = new HashMap<>();

    private int id(String s) {
        Integer id = ids.get(s);
        if (id == null) {
            id = strings.size();
            ids.put(s, id);
            strings.add(s);
            phrases.add(null);
        }
        return id;
    }

    /**
     * Writes a counted paper's analysis compactly (its phrases by number), for a second pass over the input to read
     * back with {@link #readDoc} instead of analysing the paper again.
     */
    public void writeDoc(Doc doc, DataOutput out) throws IOException {
        out.writeInt(doc.length);
        out.writeInt(doc.candidates.size());
        for (Candidate c : doc.candidates.values()) {
            if (c.keyId < 0) {
                throw new IllegalStateException("a paper is written after it is counted");
            }
            out.writeInt(c.keyId);
            out.writeInt(c.surfaceId);
            out.writeInt(c.count);
            out.writeInt(c.first);
            out.writeBoolean(c.inTitle);
            out.writeShort(c.form);
            for (int tf : c.tf) {
                out.writeInt(tf);
            }
        }
    }

    /** A paper's analysis as {@link #writeDoc} wrote it, with this extractor's numbering. */
    public Doc readDoc(DataInput in) throws IOException {
        Doc doc = new Doc();
        doc.stemCounts = null;
        doc.length = in.readInt();
        int candidates = in.readInt();
        for (int k = 0; k < candidates; k++) {
            int keyId = in.readInt();
            int surfaceId = in.readInt();
            String key = strings.get(keyId);
            PhraseStats p = phrases.get(keyId);
            int count = in.readInt();
            int first = in.readInt();
            boolean inTitle = in.readBoolean();
            Candidate c = new Candidate(key, strings.get(surfaceId), p.stems, first, in.readUnsignedShort());
            c.count = count;
            c.inTitle = inTitle;
            c.stats = p;
            c.keyId = keyId;
            c.surfaceId = surfaceId;
            c.tf = new int[c.stems.length];
            for (int j = 0; j < c.tf.length; j++) {
                c.tf[j] = in.readInt();
            }
            doc.candidates.put(key, c);
        }
        return doc;
    }

    /** In how many papers of the corpus a candidate (by stem key) occurs. */
    public int documentFrequency(String key) {
        PhraseStats p = stats(key);
        return p == null ? 0 : p.df;
    }

    /** A candidate's corpus statistics: those it was counted with, or found by its key; null when never counted. */
    private PhraseStats stats(Candidate c) {
        return c.stats != null ? c.stats : stats(c.key);
    }

    private PhraseStats stats(String key) {
        Integer id = ids.get(key);
        return id == null ? null : phrases.get(id);
    }

    public int documents() {
        return docs;
    }

    /** The best {@code n} keyphrases of a paper, best first. */
    public List<Phrase> top(Doc doc, int n) {
        return top(doc, n, scoring.dropOverlaps());
    }

    /** As {@link #top(Doc, int)}, keeping or dropping near-duplicates as asked (training sees every candidate). */
    List<Phrase> top(Doc doc, int n, boolean dropOverlaps) {
        List<Phrase> ranked = new ArrayList<>();
        for (Candidate c : doc.candidates.values()) {
            ranked.add(new Phrase(c.key, spelling(c), score(doc, c)));
        }
        ranked.sort(Comparator.comparingDouble(Phrase::score).reversed().thenComparing(Phrase::key));
        List<Phrase> chosen = new ArrayList<>();
        for (Phrase p : ranked) {
            if (chosen.size() == n) {
                break;
            }
            if (!dropOverlaps || chosen.stream().noneMatch(q -> overlaps(p.key(), q.key()))) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    private double score(Doc doc, Candidate c) {
        if (scoring.weights() == null) {
            return formula(doc, c);
        }
        double[] x = features(doc, c);
        double s = 0;
        for (int k = 0; k < FEATURES; k++) {
            s += scoring.weights()[k] * x[k];
        }
        return s;
    }

    /**
     * What a learned ranking sees of a candidate: a bias; the formula's TF-IDF sum and its score; one-hot length
     * (1, 2, 3, 4+ words); in the title; how early it first occurs; how often; the mean, largest and smallest word
     * IDF; the phrase's own document frequency; the head word's IDF and its count in the paper. Then its form: the
     * share of adjectives and whether it opens with one (indexers prefer noun compounds to "simple model"), a proper
     * noun, a word in capitals or with a hyphen, a single title word, the TF-IDF sum per word, a phrase seen once, how
     * many of the corpus's phrases share its head word, a single word's TF-IDF, and its shape one-hot
     * ({@link #SHAPES}).
     */
    double[] features(Doc doc, Candidate c) {
        int n = c.stems.length;
        double sum = 0;
        double idfSum = 0;
        double max = 0;
        double min = Double.MAX_VALUE;
        double headIdf = 0;
        PhraseStats p = stats(c);
        for (int k = 0; k < n; k++) {
            double idf = idf(p != null ? p.stemDfs[k][0] : documentFrequencyOfStem(c.stems[k]));
            sum += c.tf[k] * idf;
            idfSum += idf;
            max = Math.max(max, idf);
            min = Math.min(min, idf);
            headIdf = idf;
        }
        double position = 1 - (double) c.first / Math.max(1, doc.length);
        double[] x = new double[FEATURES];
        x[0] = 1;
        x[1] = Math.log1p(sum);
        x[2] = Math.log1p(boosted(sum, c.inTitle, position));
        x[3] = n == 1 ? 1 : 0;
        x[4] = n == 2 ? 1 : 0;
        x[5] = n == 3 ? 1 : 0;
        x[6] = n >= 4 ? 1 : 0;
        x[7] = c.inTitle ? 1 : 0;
        x[8] = position;
        x[9] = Math.log1p(c.count);
        x[10] = idfSum / n;
        x[11] = max;
        x[12] = min;
        x[13] = Math.log((p == null ? 0 : p.df) + 1.0) - Math.log(docs + 1.0);
        x[14] = headIdf;
        x[15] = Math.log1p(c.tf[n - 1]);
        x[16] = (double) Form.adjectives(c.form) / n;
        x[17] = Form.opensWithAdjective(c.form) ? 1 : 0;
        x[18] = Form.proper(c.form) ? 1 : 0;
        x[19] = Form.capital(c.form) ? 1 : 0;
        x[20] = Form.hyphen(c.form) ? 1 : 0;
        x[21] = c.inTitle && n == 1 ? 1 : 0;
        x[22] = x[1] / n;
        x[23] = c.count == 1 ? 1 : 0;
        x[24] = Math.log1p(p != null ? p.headCount[0] : headCount(c.stems[n - 1]));
        x[25] = n == 1 ? x[1] : 0;
        int shape = Form.shape(c.form);
        if (shape >= 0) {
            x[26 + shape] = 1;
        }
        return x;
    }

    /** The formula's score from the TF-IDF sum: boosted in the title and the earlier the phrase first occurs. */
    private double boosted(double sum, boolean inTitle, double earliness) {
        double s = inTitle ? sum * scoring.titleBoost() : sum;
        return s * (1 + scoring.positionWeight() * earliness);
    }

    private double formula(Doc doc, Candidate c) {
        // the sum of the words' TF-IDF: on Inspec it beat the phrase's own TF-IDF and any length normalisation
        double s = 0;
        PhraseStats p = stats(c);
        for (int k = 0; k < c.stems.length; k++) {
            s += c.tf[k] * idf(p != null ? p.stemDfs[k][0] : documentFrequencyOfStem(c.stems[k]));
        }
        return boosted(s, c.inTitle, 1 - (double) c.first / Math.max(1, doc.length));
    }

    private int documentFrequencyOfStem(String stem) {
        int[] df = stemDf.get(stem);
        return df == null ? 0 : df[0];
    }

    private int headCount(String stem) {
        int[] n = heads.get(stem);
        return n == null ? 0 : n[0];
    }

    private double idf(int df) {
        return Math.log((docs + 1.0) / (df + 0.5));
    }

    /** A near-duplicate: one phrase's words all in the other ("language model" in "large language model"). */
    private static boolean overlaps(String a, String b) {
        String sa = " " + a + " ";
        String sb = " " + b + " ";
        return sa.contains(sb) || sb.contains(sa);
    }

    /** The candidate's most common spelling in the corpus; of equally common ones, the first in string order. */
    private String spelling(Candidate c) {
        PhraseStats p = stats(c);
        if (p == null) {
            return c.surface;
        }
        String best = p.best;
        if (best == null) {
            int most = -1;
            for (int k = 0; k < p.spellingCount; k += 2) {
                String spelling = strings.get(p.spellings[k]);
                int n = p.spellings[k + 1];
                if (n > most || (n == most && spelling.compareTo(best) < 0)) {
                    most = n;
                    best = spelling;
                }
            }
            p.best = best; // the same string whichever thread works it out first
        }
        return best;
    }
}
