package org.abs2bib.cli;

/** A problem the user can fix (a path, a flag); printed as {@code abs2bib: message} with exit code 1. */
final class UserError extends Exception {
    UserError(String message) {
        super(message);
    }
}
