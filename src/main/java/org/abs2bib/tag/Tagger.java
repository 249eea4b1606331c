package org.abs2bib.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
            "experiments", "findings", "data", "process", "aspects", "scenarios", "applications", "effectiveness");

    private final TagOptions options;
    private final TopicMatcher matcher;

    public Tagger(TagOptions options) {
        this.options = options;
        this.matcher = new TopicMatcher(options.vocabulary());
    }

    /** The tags of every paper, in the order given. */
    public List<List<String>> tag(List<Input> papers) {
        boolean vocab = options.sources().contains(TagSource.VOCAB);
        boolean phrases = options.sources().contains(TagSource.PHRASES) && options.maxPhrases() > 0;
        List<Map<Topic, Integer>> topics = new ArrayList<>();
        List<Set<Topic>> inTitle = new ArrayList<>();
        Map<Topic, Integer> topicDf = new HashMap<>();
        KeyphraseExtractor extractor = phrases ? new KeyphraseExtractor(KeyphraseExtractor.Scoring.DEFAULT) : null;
        List<KeyphraseExtractor.Doc> docs = new ArrayList<>();
        // each paper on its own, on every core; then the whole-dump statistics, in input order
        int count = papers.size();
        @SuppressWarnings("unchecked")
        Map<Topic, Integer>[] foundAll = new Map[count];
        @SuppressWarnings("unchecked")
        Set<Topic>[] titledAll = new Set[count];
        KeyphraseExtractor.Doc[] docsAll = new KeyphraseExtractor.Doc[count];
        IntStream.range(0, count).parallel().forEach(k -> {
            Input p = papers.get(k);
            if (vocab) { // title and abstract apart: a topic must not be made of a title's last word and the next
                Map<Topic, Integer> titleTopics = matcher.find(p.title());
                Map<Topic, Integer> all = new LinkedHashMap<>(titleTopics);
                matcher.find(p.text()).forEach((t, n) -> all.merge(t, n, Integer::sum));
                foundAll[k] = all;
                titledAll[k] = titleTopics.keySet();
            } else {
                foundAll[k] = Map.of();
                titledAll[k] = Set.of();
            }
            if (phrases) {
                docsAll[k] = extractor.analyze(p.title(), p.text());
            }
        });
        for (int k = 0; k < count; k++) {
            topics.add(foundAll[k]);
            inTitle.add(titledAll[k]);
            foundAll[k].keySet().forEach(t -> topicDf.merge(t, 1, Integer::sum));
            if (phrases) {
                extractor.count(docsAll[k]);
                docs.add(docsAll[k]);
            }
        }
        int n = papers.size();
        boolean coverageRule = n >= options.minPapersForCoverage();
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> tags = new LinkedHashSet<>();
            Set<Topic> titled = inTitle.get(i);
            Map<Topic, Integer> counts = topics.get(i);
            counts.keySet().stream()
                    .filter(t -> titled.contains(t) || !coverageRule
                            || topicDf.get(t) <= options.maxCoverage() * n)
                    .sorted(Comparator.<Topic, Boolean>comparing(t -> !titled.contains(t))
                            .thenComparing(t -> -counts.get(t))
                            .thenComparing(topicDf::get)
                            .thenComparing(Topic::tag))
                    .forEach(t -> tags.add(options.hierarchy()
                            ? String.join(" > ", options.vocabulary().path(t.tag())) : t.tag()));
            if (options.sources().contains(TagSource.ARXIV)) {
                for (String code : papers.get(i).categories()) {
                    tags.add(ArxivCategories.name(code));
                }
            }
            List<String> chosen = new ArrayList<>(tags);
            if (chosen.size() > options.maxTags()) {
                chosen = new ArrayList<>(chosen.subList(0, options.maxTags()));
            }
            if (phrases) {
                addPhrases(chosen, extractor, docs.get(i), coverageRule, n, true);
                if (chosen.isEmpty()) { // better a tag that groups nothing than none at all
                    addPhrases(chosen, extractor, docs.get(i), coverageRule, n, false);
                }
            }
            result.add(List.copyOf(chosen));
        }
        return result;
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
