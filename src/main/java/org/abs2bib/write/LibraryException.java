package org.abs2bib.write;

/** A library file that cannot be merged into, with where and why; the file is left as it was. */
public class LibraryException extends Exception {
    public LibraryException(String message) {
        super(message);
    }
}
