package org.abs2bib.dump;

/**
 * Files people give abs2bib instead of the text they hold: a PDF, a Word or OpenDocument file, an e-book, an archive,
 * an image. Told apart by their first bytes, so the message says what the file is and what to do, instead of the first
 * NUL byte or invalid UTF-8 it happens to hold.
 */
final class FileKind {
    private FileKind() {
    }

    /** What to tell the user about a file that starts with {@code bytes}, or {@code null} for anything else. */
    static String of(byte[] bytes, int length) {
        if (starts(bytes, length, "%PDF-")) {
            return "is a PDF, not text; open it, select the titles and abstracts, copy them and paste them into a "
                    + "text file (or give abs2bib the text on standard input)";
        }
        if (starts(bytes, length, "PK\u0003\u0004")) {
            String head = new String(bytes, 0, Math.min(length, 400), java.nio.charset.StandardCharsets.ISO_8859_1);
            String what = head.contains("word/") || head.contains("[Content_Types].xml") ? "a Word (.docx) file"
                    : head.contains("epub") ? "an EPUB e-book"
                    : head.contains("opendocument") ? "an OpenDocument (.odt) file" : "a ZIP archive";
            return "is " + what + ", not text; open it, copy the paper list out of it and save that as a .txt file";
        }
        if (starts(bytes, length, "\u00D0\u00CF\u0011\u00E0")) {
            return "is an old Word (.doc) file, not text; open it, copy the paper list and save it as a .txt file";
        }
        if (starts(bytes, length, "{\\rtf")) {
            return "is an RTF document; save it as plain text (.txt) in your editor and try again";
        }
        if (starts(bytes, length, "\u0089PNG") || starts(bytes, length, "\u00FF\u00D8\u00FF")
                || starts(bytes, length, "GIF8") || starts(bytes, length, "RIFF") && length > 11
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return "is an image, not text; abs2bib reads the text of a paper list (copy it from the page, not a "
                    + "screenshot)";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int length, String magic) {
        if (length < magic.length()) {
            return false;
        }
        for (int k = 0; k < magic.length(); k++) {
            if ((bytes[k] & 0xff) != magic.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
