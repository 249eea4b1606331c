/**
 * The command line on top of the facade: flags → {@link org.abs2bib.Options}, inputs and atomic outputs, messages
 * on standard error, exit codes. Not an API: use {@link org.abs2bib.Abs2Bib} from Java.
 */
package org.abs2bib.cli;
