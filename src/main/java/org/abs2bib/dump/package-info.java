/**
 * Stage 1, reading: bytes of a pasted list (a trending page, an arXiv listing or mail, a Scholar alert, PubMed, a
 * spreadsheet, notes, a chat) → {@link org.abs2bib.dump.Paper}s with their input lines, and located warnings
 * ({@link org.abs2bib.dump.Diagnostic}). {@link org.abs2bib.dump.DumpReader} looks at the first lines and routes to
 * one reader: {@code TableParser}, {@code PubMedParser}, {@code RecordParser} (labels, ids, author lines, page
 * chrome) or {@code FreeTextParser} (plain titles and abstracts). Nothing here knows BibTeX.
 */
package org.abs2bib.dump;
