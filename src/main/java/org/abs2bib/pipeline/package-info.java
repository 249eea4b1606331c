/**
 * Stage order: the one place that drives a conversion, {@link org.abs2bib.pipeline.Pipeline}: read → map →
 * (in memory: merge duplicates → look up arXiv) → observe for tags → count → choose tags → key → format → write.
 * A conversion in memory and a streamed one differ only in where the first pass keeps what it observed (a list, or
 * a temporary file beside inputs read again). {@link org.abs2bib.pipeline.StreamPlan} is public, for the facade's
 * streamed conversion; the rest is internal.
 */
package org.abs2bib.pipeline;
