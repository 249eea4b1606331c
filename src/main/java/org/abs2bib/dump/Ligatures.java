package org.abs2bib.dump;

/** Text copied from a PDF keeps its typographic ligatures ("ﬁne-tuning"); a reference wants the letters. */
final class Ligatures {
    private Ligatures() {
    }

    static String expand(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            char c = text.charAt(i);
            any = c >= '\uFB00' && c <= '\uFB06';
        }
        if (!any) {
            return text;
        }
        return text.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB03", "ffi")
                .replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
    }
}
