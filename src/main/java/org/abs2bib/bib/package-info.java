/**
 * Stage 2, the bibliographic model: papers → {@link org.abs2bib.bib.Reference}s (names, arXiv ids, journal
 * citations), merging papers pasted twice ({@code Duplicates}), citation keys in JabRef's pattern language
 * ({@code KeyPattern}, {@code KeyRegistry}), and the text of fields as LaTeX or plain text ({@code LatexText}).
 */
package org.abs2bib.bib;
