package org.abs2bib.pipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A batch's records in memory, as bytes: java.io's byte-array streams lock on every byte, and the records of a large
 * dump are millions of small ints written and read one byte at a time by {@code DataOutputStream} and
 * {@code DataInputStream} (a tenth of a streamed run's time went there). Each batch is written by one thread and
 * read by one thread, so no lock is needed.
 */
final class SpillBuffer {
    private SpillBuffer() {
    }

    /** A growing byte array to write into. */
    static final class Out extends OutputStream {
        private byte[] bytes;
        private int size;

        Out(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        int size() {
            return size;
        }

        /** The bytes written so far: the first {@link #size} of this array (not a copy). */
        byte[] array() {
            return bytes;
        }

        void writeTo(OutputStream out) throws java.io.IOException {
            out.write(bytes, 0, size);
        }
    }

    /** A byte array to read from. */
    static final class In extends InputStream {
        private final byte[] bytes;
        private int position;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= bytes.length) {
                return len == 0 ? 0 : -1;
            }
            int n = Math.min(len, bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
