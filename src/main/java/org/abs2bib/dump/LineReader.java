package org.abs2bib.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits an input into numbered lines one at a time (\n, \r\n and \r all end a line), drops a UTF-8 byte order mark,
 * and refuses what is not text: NUL bytes, invalid UTF-8 and absurdly long lines, each with the line it is on.
 *
 * <p>Byte input is split on bytes and each line decoded strictly, so an invalid byte is reported on its own line
 * rather than somewhere in an 8 KiB decoding window.
 */
public abstract class LineReader implements AutoCloseable {
    /** Far above any title or abstract (the longest arXiv abstract is under 2,000 characters). */
    public static final int MAX_LINE_LENGTH = 1_000_000;

    protected final String source;
    protected int lineNumber;
    private boolean first = true;

    private LineReader(String source) {
        this.source = source;
    }

    public static LineReader of(InputStream in, String source) {
        return new Bytes(in, source);
    }

    public static LineReader of(Reader in, String source) {
        return new Chars(in, source);
    }

    /** The next line, or {@code null} at the end of the input. */
    public Line next() throws IOException, DumpException {
        String text = readLine();
        if (text == null) {
            return null;
        }
        lineNumber++;
        if (first) {
            first = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.startsWith("\uFFFD\uFFFD") || text.startsWith("\u00FF\u00FE") || text.startsWith("\u00FE\u00FF")
                    || text.startsWith("\uFFFE")) {
                throw new DumpException(source, 1, "is UTF-16 text; save it as UTF-8 and try again");
            }
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new DumpException(source, lineNumber,
                    "NUL byte at column " + (nul + 1) + ": this is binary data, not a text dump");
        }
        return new Line(lineNumber, TextShape.stripInvisible(text));
    }

    protected abstract String readLine() throws IOException, DumpException;

    protected DumpException tooLong() {
        return new DumpException(source, lineNumber + 1, "line is longer than " + MAX_LINE_LENGTH
                + " characters; a dump has one title or abstract a line. Is this the right file?");
    }

    private static final class Bytes extends LineReader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] chunk = new byte[1 << 16];
        private byte[] line = new byte[1 << 12];
        private int pos;
        private int limit;
        private boolean eof;
        private boolean pendingCr;
        private boolean sniffed;

        Bytes(InputStream in, String source) {
            super(source);
            this.in = in;
        }

        /** Refills the chunk; false at the end of the input. */
        private boolean fill() throws IOException, DumpException {
            if (eof) {
                return false;
            }
            limit = in.read(chunk);
            pos = 0;
            if (limit <= 0) {
                eof = true;
                limit = 0;
                return false;
            }
            if (!sniffed) {
                sniffed = true;
                sniff();
            }
            return true;
        }

        @Override
        protected String readLine() throws IOException, DumpException {
            int length = 0;
            boolean any = false;
            while (true) {
                if (pos == limit && !fill()) {
                    break;
                }
                if (pendingCr) {
                    pendingCr = false;
                    if (chunk[pos] == '\n') {
                        pos++;
                        continue;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && chunk[pos] != '\n' && chunk[pos] != '\r') {
                    pos++;
                }
                int n = pos - start;
                if (length + n > MAX_LINE_LENGTH) {
                    throw tooLong();
                }
                if (length + n > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                }
                System.arraycopy(chunk, start, line, length, n);
                length += n;
                if (pos < limit) { // a line end
                    pendingCr = chunk[pos] == '\r';
                    pos++;
                    return decode(length);
                }
            }
            return any ? decode(length) : null;
        }

        private String decode(int length) throws DumpException {
            boolean ascii = true;
            for (int k = 0; k < length; k++) {
                byte b = line[k];
                if (b == 0) { // before decoding: binary data is binary, whatever else is wrong with it
                    throw new DumpException(source, lineNumber + 1,
                            "NUL byte at byte " + (k + 1) + ": this is binary data, not a text dump");
                }
                ascii &= b > 0;
            }
            if (ascii) {
                return new String(line, 0, length, StandardCharsets.ISO_8859_1); // the common case, and the fast one
            }
            try {
                return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new DumpException(source, lineNumber + 1, "not valid UTF-8 (byte "
                        + invalidByteColumn(java.util.Arrays.copyOf(line, length))
                        + " of the line); save the dump as UTF-8 and try again");
            }
        }

        /**
         * Looks at the first block before anything is decoded: UTF-16 and binary files (an image renamed .txt) get
         * their own message instead of the first decoding error they happen to cause.
         */
        private void sniff() throws DumpException {
            String kind = FileKind.of(chunk, limit);
            if (kind != null) {
                throw new DumpException(source, 0, kind);
            }
            if (limit >= 2 && ((chunk[0] & 0xff) == 0xFF && (chunk[1] & 0xff) == 0xFE
                    || (chunk[0] & 0xff) == 0xFE && (chunk[1] & 0xff) == 0xFF)) {
                throw new DumpException(source, 1, "is UTF-16 text; save it as UTF-8 and try again");
            }
            int lineNo = 1;
            for (int k = 0; k < limit; k++) {
                if (chunk[k] == '\n') {
                    lineNo++;
                } else if (chunk[k] == 0) {
                    throw new DumpException(source, lineNo, "NUL byte: this is binary data, not a text dump");
                }
            }
        }

        private int invalidByteColumn(byte[] bytes) {
            CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bb = ByteBuffer.wrap(bytes);
            probe.decode(bb, CharBuffer.allocate(bytes.length + 1), true);
            return bb.position() + 1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Chars extends LineReader {
        private final Reader in;
        private final StringBuilder buffer = new StringBuilder(4096);
        private final char[] chunk = new char[1 << 15];
        private int pos;
        private int limit;
        private boolean eof;
        private boolean pendingCr;

        Chars(Reader in, String source) {
            super(source);
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == limit) {
                if (eof) {
                    return -1;
                }
                limit = in.read(chunk);
                pos = 0;
                if (limit <= 0) {
                    eof = true;
                    limit = 0;
                    return -1;
                }
            }
            return chunk[pos++];
        }

        @Override
        protected String readLine() throws IOException, DumpException {
            buffer.setLength(0);
            int c = read();
            if (pendingCr && c == '\n') {
                c = read();
            }
            pendingCr = false;
            if (c < 0) {
                return null;
            }
            while (c >= 0 && c != '\n' && c != '\r') {
                if (buffer.length() >= MAX_LINE_LENGTH) {
                    throw tooLong();
                }
                buffer.append((char) c);
                c = read();
            }
            pendingCr = c == '\r';
            return buffer.toString();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
