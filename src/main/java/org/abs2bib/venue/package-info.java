/**
 * Stage 3b, optional ({@code --published}): where an arXiv paper was published, confirmed by records reached by
 * identifier (Semantic Scholar for the identifiers, Crossref for publisher DOIs, DBLP keys for DOI-less
 * conferences), so that the entry cites the published version. {@link org.abs2bib.venue.PublishedLookup} runs it.
 */
package org.abs2bib.venue;
