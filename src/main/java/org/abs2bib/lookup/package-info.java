/**
 * Stage 3, optional: asking arXiv for what a dump lacks (authors, year, eprint, category, DOI). Many titles a
 * request, one request every 3 s, answers cached ({@code ArxivCache}); matching is by title and, where known,
 * authors ({@code MatchRule}); {@link org.abs2bib.lookup.Enrichment} runs the stage and fills matched references.
 */
package org.abs2bib.lookup;
