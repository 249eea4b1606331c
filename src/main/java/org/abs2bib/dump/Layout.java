package org.abs2bib.dump;

/**
 * What the first lines of a paste say about how the rest is laid out, for the reader of papers with labels, links
 * and author lines ({@link RecordParser}).
 *
 * @param idFirst          arXiv ids open each paper (listings, search results): an id after an abstract starts the
 *                         next paper instead of belonging to the one before
 * @param hardWrapped      lines are wrapped at a fixed width (a PDF, a mail at 72 columns): a line break inside a
 *                         paragraph is not a new title
 * @param abstractLabelled abstracts carry a label or heading ("Abstract:", "Abstract"): text between a title and
 *                         that label is page text, not the abstract
 */
record Layout(boolean idFirst, boolean hardWrapped, boolean abstractLabelled) {
}
