package org.abs2bib.pipeline;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;

/**
 * References kept in a temporary file, each found again by the position {@link #append} gave it: so that the merged
 * entries of papers pasted twice need not stay in memory until the passes that write them (a dump pasted twice whole
 * would hold half of itself). Reads are positional, so the pool's threads may read at once; appends come from one
 * thread. A thread interrupted while it reads closes the channel for all (a {@code FileChannel} does that): only a
 * failing pass interrupts its threads. {@link #close} deletes the file.
 */
final class ReferenceFile implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private long end;

    private ReferenceFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static ReferenceFile create(Path folder) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(folder, "abs2bib-", ".merged");
        } catch (IOException e) {
            throw SpillStore.failed(folder, e);
        }
        file.toFile().deleteOnExit(); // a safety net: close() deletes it
        try {
            return new ReferenceFile(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw SpillStore.failed(folder, e);
        }
    }

    /** Writes a reference at the end of the file; returns where it starts. */
    long append(Reference r) throws IOException {
        SpillBuffer.Out bytes = new SpillBuffer.Out(2048);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0); // the length, filled in below
        for (String s : List.of(r.key(), r.title(), r.abstractText(), r.year(), r.eprint(), r.primaryClass(), r.doi(),
                r.url(), r.journalRef(), r.source(), r.pmid(), r.booktitle(), r.publisher(), r.journal().name(),
                r.journal().volume(), r.journal().number(), r.journal().pages())) {
            string(out, s);
        }
        out.writeInt(r.line());
        out.writeInt(r.authors().size());
        for (Name n : r.authors()) {
            string(out, n.family());
            string(out, n.given());
            string(out, n.suffix());
        }
        out.writeInt(r.keywords().size());
        for (String k : r.keywords()) {
            string(out, k);
        }
        out.flush();
        ByteBuffer buffer = ByteBuffer.wrap(bytes.array(), 0, bytes.size());
        buffer.putInt(0, bytes.size() - Integer.BYTES);
        long at = end;
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer, end + buffer.position());
            }
        } catch (IOException e) {
            throw SpillStore.failed(file.getParent(), e);
        }
        end += bytes.size();
        return at;
    }

    /** The reference written at {@code position}. */
    Reference read(long position) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        fill(length, position);
        ByteBuffer body = ByteBuffer.allocate(length.getInt(0));
        fill(body, position + Integer.BYTES);
        DataInputStream in = new DataInputStream(new SpillBuffer.In(body.array()));
        String[] s = new String[17];
        for (int k = 0; k < s.length; k++) {
            s[k] = string(in);
        }
        int line = in.readInt();
        List<Name> authors = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            authors.add(new Name(string(in), string(in), string(in)));
        }
        List<String> keywords = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            keywords.add(string(in));
        }
        return new Reference(s[0], s[1], s[2], authors, s[3], s[4], s[5], s[6], s[7], s[8], keywords, s[9], line,
                new Reference.Journal(s[13], s[14], s[15], s[16]), s[10], s[11], s[12]);
    }

    private void fill(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException(file + ": ends before the record at " + position);
            }
        }
    }

    /**
     * A string as a byte a character when every one is below U+0100 (most text), else as its UTF-16 units: either way
     * every string comes back as it was, a lone surrogate too (UTF-8 would not). The length's sign says which.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] narrow = s.getBytes(StandardCharsets.ISO_8859_1);
        if (new String(narrow, StandardCharsets.ISO_8859_1).equals(s)) {
            out.writeInt(narrow.length);
            out.write(narrow);
            return;
        }
        byte[] b = new byte[2 * s.length()];
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            b[2 * k] = (byte) (c >>> 8);
            b[2 * k + 1] = (byte) c;
        }
        out.writeInt(-s.length() - 1);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length >= 0) {
            byte[] narrow = new byte[length];
            in.readFully(narrow);
            return new String(narrow, StandardCharsets.ISO_8859_1);
        }
        byte[] b = new byte[2 * (-length - 1)];
        in.readFully(b);
        char[] c = new char[b.length / 2];
        for (int k = 0; k < c.length; k++) {
            c[k] = (char) ((b[2 * k] & 0xff) << 8 | b[2 * k + 1] & 0xff);
        }
        return new String(c);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
