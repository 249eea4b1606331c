/**
 * The JabRef plugin: a custom importer ({@link org.abs2bib.jabref.AbstractDumpImporter}) that runs abs2bib's
 * conversion inside JabRef, and {@link org.abs2bib.jabref.Install}, which registers the jar in JabRef's preferences.
 */
package org.abs2bib.jabref;
