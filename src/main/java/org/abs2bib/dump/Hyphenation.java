package org.abs2bib.dump;

import java.util.Set;

/**
 * Joins the lines of hard-wrapped text (a PDF's first page, a mail wrapped at 72 columns). A PDF breaks words at line
 * ends with a hyphen ("lan-" / "guage"); the hyphen goes where the joined word is one word, and stays where it joins
 * two words that stand on their own ("fine-" / "tuning", "state-of-the-" / "art").
 */
final class Hyphenation {
    /**
     * Words that begin hyphenated compounds in papers. A line that ends in one of these and a hyphen keeps the hyphen;
     * any other fragment ("lan-", "recog-", "mod-") is a word broken in two.
     */
    private static final Set<String> COMPOUND_HEADS = Set.copyOf(java.util.List.of(
            "fine", "state", "of", "the", "self", "multi", "non", "co", "cross", "end", "long", "short", "real",
            "high", "low", "large", "small", "open", "zero", "few", "one", "two", "three", "four", "well", "semi",
            "task", "domain", "model", "data", "human", "text", "image", "video", "vision", "language", "instruction",
            "reward", "chain", "tree", "graph", "knowledge", "retrieval", "time", "top", "mixture", "sparse", "dense",
            "token", "sequence", "sentence", "word", "character", "in", "out", "on", "off", "over", "under", "post",
            "pre", "meta", "anti", "auto", "inter", "intra", "under", "up", "down", "trade", "plug", "drop", "follow",
            "rule", "prompt", "context", "memory", "query", "code", "math", "agent", "tool", "user", "question",
            "answer", "open", "closed", "black", "white", "box", "first", "second", "third", "full", "half", "next",
            "state", "art", "based", "free", "aware", "level", "scale", "grained", "coarse", "step", "by", "to",
            "general", "purpose", "single", "double", "cost", "best", "worst", "hand", "crafted", "in", "house",
            "light", "weight", "heavy", "hard", "soft", "wide", "deep", "narrow", "super", "ultra", "bi", "tri",
            "uni", "de", "re", "ex"));

    /** "span- and PMI-based": a hyphen that waits for the word after the conjunction stays, with its space. */
    private static final java.util.regex.Pattern SUSPENDED = java.util.regex.Pattern.compile("(?:and|or|to|nor|vs\\.?)\\b");

    private Hyphenation() {
    }

    /** Appends {@code line} to {@code text}: with a space, or without the hyphen that broke a word. */
    static void join(StringBuilder text, String line) {
        String next = line.strip();
        if (next.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n >= 3 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && Character.isLowerCase(next.charAt(0)) && !SUSPENDED.matcher(next).lookingAt()) {
            int start = n - 1;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String head = text.substring(start, n - 1);
            String lowerHead = head.toLowerCase(java.util.Locale.ROOT);
            boolean brokenWord = head.length() >= 2 && head.substring(1).chars().allMatch(Character::isLowerCase)
                    && !COMPOUND_HEADS.contains(lowerHead);
            if (brokenWord || head.length() >= 2 && head.equals(lowerHead) && endsWordBreak(next)) {
                text.setLength(n - 1);
                text.append(next);
                return;
            }
            text.append(next); // a real hyphen: "fine-" + "tuning" is "fine-tuning"
            return;
        }
        if (n > 0) {
            text.append(' ');
        }
        text.append(next);
    }

    /** Suffixes that only ever continue a word ("-tion", "-ing"): the fragment before was a broken word. */
    private static boolean endsWordBreak(String next) {
        String w = next.split("[^\\p{L}]", 2)[0];
        return w.length() <= 4 && (w.startsWith("tion") || w.equals("ing") || w.equals("ed") || w.equals("ly")
                || w.equals("er") || w.equals("ers") || w.equals("al") || w.equals("ment"));
    }
}
