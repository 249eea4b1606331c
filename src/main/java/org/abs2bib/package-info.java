/**
 * abs2bib: abstract dumps in, BibTeX, BibLaTeX or CSL-JSON out. {@link org.abs2bib.Abs2Bib} is the facade a library
 * user needs, with {@link org.abs2bib.Options} (presets and {@code with…} copies) and the results
 * {@link org.abs2bib.Conversion} and {@link org.abs2bib.MergePlan}.
 *
 * <p>A paper's way, by package: {@code dump} (bytes → papers) → {@code pipeline} (the stage order, written once) →
 * {@code bib} (papers → references, keys, LaTeX), {@code lookup} (arXiv), {@code tag} (keywords) → {@code write}
 * (BibTeX, BibLaTeX, CSL-JSON, merging into a library). {@code cli} is the command line on top.
 */
package org.abs2bib;
