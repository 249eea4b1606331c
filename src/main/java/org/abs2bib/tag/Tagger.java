package org.abs2bib.tag;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Chooses each paper's tags from the three sources, looking at the whole dump so that tags are consistent across it
 * and discriminating: a tag on most papers groups nothing and is kept only where the paper's title names it.
 */
public final class Tagger {
    /** What the tagger needs of a paper: plain text, and arXiv categories when a lookup found them. */
    public record Input(String title, String text, List<String> categories) {
        public Input {
            categories = List.copyOf(categories);
        }
    }

    /** Longer keyphrases read as fragments, not tags. */
    private static final int MAX_PHRASE_WORDS = 3;
    private static final Set<String> GENERIC_HEADS = Set.of("results", "result", "method", "methods", "approach",
            "approaches", "framework", "frameworks", "performance", "task", "tasks", "model", "models", "work",
            "paper", "study", "problem", "problems", "way", "ways", "information", "issues", "issue", "challenges",
            "challenge", "ability", "abilities", "capabilities", "capability", "settings", "setting", "techniques",
            "technique", "strategies", "strategy", "improvement", "improvements", "understanding", "analysis",
            "experiments", "findings", "data", "process", "aspects", "scenarios", "applications", "effectiveness",
            "success", "successes", "adoption", "requirements", "requirement", "parameters");

    private final TagOptions options;
    private final TopicMatcher matcher;

    public Tagger(TagOptions options) {
        this.options = options;
        this.matcher = new TopicMatcher(options.vocabulary());
        preload(options);
    }

    /**
     * Starts reading what tagging with these options needs (the part-of-speech model, for keyphrases) on another
     * thread, so that it is ready by the time the dump has been read; call it as early as the options are known.
     */
    public static void preload(TagOptions options) {
        if (phrases(options)) {
            PartOfSpeech.preload();
        }
    }

    /** One paper looked at on its own: its topics with their counts, those in its title, its keyphrase analysis. */
    public static final class Observation {
        final Map<Topic, Integer> found;
        final Set<Topic> titled;
        final KeyphraseExtractor.Doc doc;
        final List<String> categories;

        Observation(Map<Topic, Integer> found, Set<Topic> titled, KeyphraseExtractor.Doc doc, List<String> categories) {
            this.found = found;
            this.titled = titled;
            this.doc = doc;
            this.categories = categories;
        }
    }

    /** What the whole dump says: how many papers have each topic, and the keyphrase statistics. */
    public final class Corpus {
        final Map<Topic, Integer> topicDf = new HashMap<>();
        final KeyphraseExtractor extractor = phrases(options) ? new KeyphraseExtractor(KeyphraseExtractor.Scoring.DEFAULT)
                : null;
        int papers;

        /** Counts a paper in; papers must be added in input order, each once. */
        public void add(Observation o) {
            papers++;
            o.found.keySet().forEach(t -> topicDf.merge(t, 1, Integer::sum));
            if (extractor != null) {
                extractor.count(o.doc);
            }
        }
    }

    /**
     * Writes an observation already added to the corpus, compactly, so that a second pass over a large input reads
     * it back ({@link #read}) instead of looking at the paper again: looking is most of the cost of tagging.
     */
    public void write(Observation o, Corpus corpus, DataOutput out) throws IOException {
        out.writeInt(o.found.size());
        for (Map.Entry<Topic, Integer> e : o.found.entrySet()) {
            out.writeUTF(e.getKey().tag());
            out.writeInt(e.getValue());
            out.writeBoolean(o.titled.contains(e.getKey()));
        }
        out.writeInt(o.categories.size());
        for (String c : o.categories) {
            out.writeUTF(c);
        }
        if (corpus.extractor != null) {
            corpus.extractor.writeDoc(o.doc, out);
        }
    }

    /** An observation as {@link #write} wrote it, for the same corpus. */
    public Observation read(Corpus corpus, DataInput in) throws IOException {
        int topics = in.readInt();
        Map<Topic, Integer> found = new LinkedHashMap<>();
        Set<Topic> titled = new HashSet<>();
        for (int k = 0; k < topics; k++) {
            Topic t = options.vocabulary().topics().get(in.readUTF());
            found.put(t, in.readInt());
            if (in.readBoolean()) {
                titled.add(t);
            }
        }
        int n = in.readInt();
        List<String> categories = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            categories.add(in.readUTF());
        }
        KeyphraseExtractor.Doc doc = corpus.extractor != null ? corpus.extractor.readDoc(in) : null;
        return new Observation(found, titled, doc, categories);
    }

    private static boolean phrases(TagOptions options) {
        return options.sources().contains(TagSource.PHRASES) && options.maxPhrases() > 0;
    }

    public Corpus corpus() {
        return new Corpus();
    }

    /** Looks at one paper; safe from several threads at once. */
    public Observation observe(Input p, Corpus corpus) {
        boolean vocab = options.sources().contains(TagSource.VOCAB);
        Map<Topic, Integer> found = Map.of();
        Set<Topic> titled = Set.of();
        if (vocab) { // title and abstract apart: a topic must not be made of a title's last word and the next
            Map<Topic, Integer> titleTopics = matcher.find(p.title());
            Map<Topic, Integer> all = new LinkedHashMap<>(titleTopics);
            matcher.find(p.text()).forEach((t, n) -> all.merge(t, n, Integer::sum));
            found = all;
            titled = titleTopics.keySet();
        }
        KeyphraseExtractor.Doc doc = corpus.extractor == null ? null : corpus.extractor.analyze(p.title(), p.text());
        return new Observation(found, titled, doc, p.categories());
    }

    /** Observes papers on every core; the result keeps their order. */
    public List<Observation> observeAll(List<Input> papers, Corpus corpus) {
        Observation[] out = new Observation[papers.size()];
        IntStream.range(0, papers.size()).parallel().forEach(k -> out[k] = observe(papers.get(k), corpus));
        return java.util.Arrays.asList(out);
    }

    /** The tags of every paper, in the order given: all papers observed and counted, then each one's chosen. */
    public List<List<String>> tag(List<Input> papers) {
        Corpus corpus = corpus();
        List<Observation> observed = observeAll(papers, corpus);
        observed.forEach(corpus::add);
        List<List<String>> result = new ArrayList<>();
        for (Observation o : observed) {
            result.add(choose(o, corpus));
        }
        return result;
    }

    /**
     * A paper's tags, against the whole dump's statistics (to which the observation need not have been added: a
     * second look at a paper, in a second pass over the input, is not counted again).
     */
    public List<String> choose(Observation o, Corpus corpus) {
        int n = corpus.papers;
        boolean coverageRule = n >= options.minPapersForCoverage();
        Set<String> tags = new LinkedHashSet<>();
        Set<Topic> titled = o.titled;
        Map<Topic, Integer> counts = o.found;
        Map<Topic, Integer> topicDf = corpus.topicDf;
        counts.keySet().stream()
                .filter(t -> titled.contains(t) || !coverageRule || topicDf.get(t) <= options.maxCoverage() * n)
                .sorted(Comparator.<Topic, Boolean>comparing(t -> !titled.contains(t))
                        .thenComparing(t -> -counts.get(t))
                        .thenComparing(topicDf::get)
                        .thenComparing(Topic::tag))
                .forEach(t -> tags.add(options.hierarchy()
                        ? String.join(" > ", options.vocabulary().path(t.tag())) : t.tag()));
        if (options.sources().contains(TagSource.ARXIV)) {
            for (String code : o.categories) {
                tags.add(ArxivCategories.name(code));
            }
        }
        List<String> chosen = new ArrayList<>(tags);
        if (chosen.size() > options.maxTags()) {
            chosen = new ArrayList<>(chosen.subList(0, options.maxTags()));
        }
        if (corpus.extractor != null) {
            addPhrases(chosen, corpus.extractor, o.doc, coverageRule, n, true);
            if (chosen.isEmpty()) { // better a tag that groups nothing than none at all
                addPhrases(chosen, corpus.extractor, o.doc, coverageRule, n, false);
            }
        }
        return List.copyOf(chosen);
    }

    private void addPhrases(List<String> chosen, KeyphraseExtractor extractor, KeyphraseExtractor.Doc doc,
                            boolean coverageRule, int n, boolean mustGroup) {
        int added = 0;
        for (KeyphraseExtractor.Phrase p : extractor.top(doc, options.maxPhrases() + 10)) {
            if (added == options.maxPhrases() || chosen.size() >= options.maxTags()) {
                break;
            }
            String text = p.text().replace(',', ' ').replace(';', ' ').replace('>', ' ').strip();
            int df = extractor.documentFrequency(p.key());
            // a tag must group: in a dump large enough to judge, be shared with another paper; in a small one, be a
            // term the paper repeats; either way, or be named in the title
            boolean groups = !mustGroup || doc.inTitle(p.key()) || (coverageRule ? df >= 2 : doc.count(p.key()) >= 2);
            boolean common = coverageRule && df > options.maxCoverage() * n;
            if (common || !groups || p.words() > MAX_PHRASE_WORDS || text.isEmpty() || genericHead(text)
                    || (mustGroup && p.words() == 1 && text.equals(text.toLowerCase(Locale.ROOT)))
                    || duplicates(text, chosen)) {
                continue;
            }
            chosen.add(text);
            added++;
        }
    }

    /**
     * "promising results", "proposed framework": the head noun says nothing, so the phrase groups nothing. (Single
     * lower-case words are left out too: as tags only names and acronyms such as SMART or AdapterFusion carry.)
     */
    private static boolean genericHead(String phrase) {
        String head = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return GENERIC_HEADS.contains(head);
    }

    /**
     * A phrase the vocabulary already speaks for: it names a topic, chosen or deliberately dropped for covering the
     * whole dump ("fine-tuning" must not come back as a keyphrase), or repeats a chosen tag.
     */
    private boolean duplicates(String phrase, List<String> chosen) {
        if (!matcher.find(phrase).isEmpty()) {
            return true;
        }
        String p = phrase.toLowerCase(Locale.ROOT);
        return chosen.stream().map(c -> c.toLowerCase(Locale.ROOT)).anyMatch(c -> c.equals(p) || c.endsWith("> " + p));
    }
}
