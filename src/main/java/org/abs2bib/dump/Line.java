package org.abs2bib.dump;

/** One line of an input dump with its 1-based line number, so every message can point at the input. */
public record Line(int number, String text) {
    public boolean isBlank() {
        return text.isBlank();
    }
}
