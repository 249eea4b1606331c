package org.abs2bib.dump;

/** One line of an input dump with its 1-based line number, so every message can point at the input. */
public record Line(int number, String text) {
    /** Blank, counting no-break spaces as spaces: a line of them is how Word and Docs paste an empty line. */
    public boolean isBlank() {
        return text.isBlank() || text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
