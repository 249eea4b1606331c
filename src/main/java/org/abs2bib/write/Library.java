package org.abs2bib.write;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.abs2bib.bib.PaperIdentity;
import org.abs2bib.bib.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * An existing {@code .bib} file to add papers to. Its bytes are kept exactly; jbibtex reads it only to learn what is
 * already there (keys, titles, eprints, DOIs) and whether JabRef keeps groups in it.
 */
public final class Library {
    private static final byte[] JABREF_META = "@comment{jabref-meta:".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final byte[] bytes;
    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> keyByIdentity = new HashMap<>();
    private final boolean hasGroups;

    private Library(Path path, byte[] bytes, boolean hasGroups) {
        this.path = path;
        this.bytes = bytes;
        this.hasGroups = hasGroups;
    }

    public static Library read(Path path) throws IOException, LibraryException {
        if (!Files.isRegularFile(path)) {
            throw new LibraryException(path + ": no such library file; give --merge an existing .bib file (or use "
                    + "-o to start a new one)");
        }
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        BibTeXDatabase db;
        try {
            db = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException | TokenMgrException | ObjectResolutionException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new LibraryException(path + ": cannot be read as BibTeX (" + first + "); it is left as it was");
        }
        Library lib = new Library(path, bytes, text.toLowerCase(Locale.ROOT).contains("jabref-meta: groupstree:")
                || text.toLowerCase(Locale.ROOT).contains("jabref-meta: grouping:"));
        for (BibTeXEntry e : db.getEntries().values()) {
            String key = e.getKey().getValue();
            lib.keys.add(key);
            for (String identity : PaperIdentity.keys(plain(e.getField(BibTeXEntry.KEY_TITLE)),
                    plain(e.getField(BibTeXEntry.KEY_EPRINT)), plain(e.getField(BibTeXEntry.KEY_DOI)))) {
                lib.keyByIdentity.putIfAbsent(identity, key);
            }
        }
        return lib;
    }

    /** Field text as it reads: LaTeX decoded where jbibtex can, the raw value where it cannot. */
    private static String plain(Value value) {
        if (value == null) {
            return "";
        }
        String raw = value.toUserString();
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(raw));
        } catch (ParseException | RuntimeException e) {
            return raw;
        }
    }

    public Path path() {
        return path;
    }

    public Set<String> keys() {
        return keys;
    }

    /** Whether JabRef's {@code databaseType} meta comment is there already. */
    public boolean hasDatabaseType() {
        return indexOfIgnoreCase(bytes, "@comment{jabref-meta: databasetype:".getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    public boolean hasGroups() {
        return hasGroups;
    }

    /** The key of the entry that already is this paper (same title, arXiv id or DOI: {@link PaperIdentity}), or null. */
    public String existingKey(Reference r) {
        for (String identity : PaperIdentity.of(r)) {
            String k = keyByIdentity.get(identity);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /**
     * The library with {@code addition} inserted: before JabRef's meta comments, which JabRef keeps at the end, or at
     * the end. Every byte of the library is kept; a newline is added before the insertion only if the text before it
     * does not end with one.
     */
    public byte[] with(String addition) {
        int at = indexOfIgnoreCase(bytes, JABREF_META);
        String text = addition;
        if (at < 0) {
            at = bytes.length;
        } else {
            text = addition.stripLeading() + "\n"; // between the blank line before the meta comments and them
        }
        byte[] add = text.getBytes(StandardCharsets.UTF_8);
        boolean needsNewline = at > 0 && bytes[at - 1] != '\n';
        byte[] out = new byte[bytes.length + add.length + (needsNewline ? 1 : 0)];
        System.arraycopy(bytes, 0, out, 0, at);
        int pos = at;
        if (needsNewline) {
            out[pos++] = '\n';
        }
        System.arraycopy(add, 0, out, pos, add.length);
        System.arraycopy(bytes, at, out, pos + add.length, bytes.length - at);
        return out;
    }

    private static int indexOfIgnoreCase(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toLowerCase((char) (haystack[i + j] & 0xff)) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
