/**
 * Stage order: the one place that drives a conversion, {@link org.abs2bib.pipeline.Pipeline}: read → map →
 * merge papers pasted twice → (in memory: look up arXiv and published versions) → observe for tags → count → choose
 * tags → key → format → write. A conversion in memory and a streamed one differ in where the first pass keeps what
 * it observed (a list, or a temporary file beside inputs read again) and in how copies are merged (all at once, or
 * found by hashes on the stream, folded in a read of their own, and put in place as the passes go). {@link org.abs2bib.pipeline.StreamPlan} is public, for the facade's
 * streamed conversion; the rest is internal.
 */
package org.abs2bib.pipeline;
