/**
 * Stage 4, keywords: each paper observed on its own (vocabulary topics, keyphrase candidates), the whole dump
 * counted, then each paper's tags chosen against the dump ({@link org.abs2bib.tag.Tagger}): a tag on most papers
 * groups nothing. Vocabulary, keyphrases ({@code KeyphraseExtractor}, {@code PartOfSpeech}) and arXiv categories.
 */
package org.abs2bib.tag;
