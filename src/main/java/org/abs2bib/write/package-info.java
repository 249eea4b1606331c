/**
 * Stage 5, writing: references → BibTeX, BibLaTeX ({@code BibTexWriter}) or CSL-JSON ({@code CslJsonWriter}), the
 * output's header, JabRef groups, and reading an existing library to merge into ({@code Library}).
 */
package org.abs2bib.write;
