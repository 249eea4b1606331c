package org.abs2bib.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words: runs of letters and digits; hyphens, dashes and punctuation separate words. */
final class Words {
    private Words() {
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= text.length(); k++) {
            boolean word = k < text.length() && Character.isLetterOrDigit(text.charAt(k));
            if (word && start < 0) {
                start = k;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, k));
                start = -1;
            }
        }
        return words;
    }

    static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
