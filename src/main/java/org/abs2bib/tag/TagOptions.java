package org.abs2bib.tag;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How tags are chosen.
 *
 * @param sources          where tags come from
 * @param vocabulary       the topic vocabulary
 * @param maxTags          at most this many tags an entry
 * @param maxPhrases       at most this many of them statistical keyphrases
 * @param maxCoverage      a tag on more than this share of a dump groups nothing and is dropped, except on papers
 *                         that have it in their title
 * @param minPapersForCoverage the coverage rule applies to dumps of at least this many papers (in a 5-paper dump
 *                         about LoRA every paper is about LoRA, and should say so)
 * @param hierarchy        write vocabulary tags with their parents, "fine-tuning > LoRA", for JabRef's nested groups
 */
public record TagOptions(Set<TagSource> sources, Vocabulary vocabulary, int maxTags, int maxPhrases,
                         double maxCoverage, int minPapersForCoverage, boolean hierarchy) {
    public static final TagOptions DEFAULT = new TagOptions(EnumSet.allOf(TagSource.class), Vocabulary.defaults(), 6,
            2, 0.4, 20, false);
    public static final TagOptions NONE = DEFAULT.withSources(EnumSet.noneOf(TagSource.class));

    public TagOptions {
        sources = sources.isEmpty() ? EnumSet.noneOf(TagSource.class) : EnumSet.copyOf(sources);
        Objects.requireNonNull(vocabulary);
        if (maxTags < 0 || maxPhrases < 0) {
            throw new IllegalArgumentException("tag counts must not be negative");
        }
        if (maxCoverage <= 0 || maxCoverage > 1) {
            throw new IllegalArgumentException("the tag coverage limit must be above 0 and at most 1, not "
                    + maxCoverage);
        }
    }

    public TagOptions withSources(Set<TagSource> s) {
        return new TagOptions(s, vocabulary, maxTags, maxPhrases, maxCoverage, minPapersForCoverage, hierarchy);
    }

    public TagOptions withVocabulary(Vocabulary v) {
        return new TagOptions(sources, v, maxTags, maxPhrases, maxCoverage, minPapersForCoverage, hierarchy);
    }

    public TagOptions withMaxTags(int n) {
        return new TagOptions(sources, vocabulary, n, maxPhrases, maxCoverage, minPapersForCoverage, hierarchy);
    }

    public TagOptions withMaxPhrases(int n) {
        return new TagOptions(sources, vocabulary, maxTags, n, maxCoverage, minPapersForCoverage, hierarchy);
    }

    public TagOptions withMaxCoverage(double share) {
        return new TagOptions(sources, vocabulary, maxTags, maxPhrases, share, minPapersForCoverage, hierarchy);
    }

    public TagOptions withHierarchy(boolean h) {
        return new TagOptions(sources, vocabulary, maxTags, maxPhrases, maxCoverage, minPapersForCoverage, h);
    }
}
