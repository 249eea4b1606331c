package org.abs2bib.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file atomically: into a temporary file beside it, then renamed over it, so a failed or killed run
 * never leaves a half-written file and an existing one is replaced only whole. A device or a pipe ({@code /dev/null},
 * {@code /dev/stdout}, a named pipe) is written into as it is: renaming over it would replace it with a file.
 *
 * <p>Every write is checked, standard output too (Java's {@code PrintStream} swallows errors), and a failure is
 * named by the path the user gave, never by a temporary file's: {@link WriteFailed}. A reader that stops reading
 * ({@code | head}) is {@link ReaderGone}: the command then ends quietly, as Unix tools do.
 */
final class Output {
    /** Standard output, as messages name it. */
    static final String STDOUT = "standard output";

    private Output() {
    }

    /** Writing an output failed: the message names the output as the user gave it, the reason, and what to do. */
    static class WriteFailed extends IOException {
        WriteFailed(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** The program reading standard output closed it (a pipe into {@code head}): not worth a message. */
    static final class ReaderGone extends WriteFailed {
        ReaderGone(IOException cause) {
            super(STDOUT + ": the reading program closed it", cause);
        }
    }

    /** The failure of writing {@code name}, worded for the user; already worded failures pass as they are. */
    static WriteFailed failed(String name, IOException e) {
        if (e instanceof WriteFailed w) {
            return w;
        }
        String reason = e instanceof java.nio.file.NoSuchFileException && !name.equals(STDOUT)
                ? "no file can be created in " + Path.of(name).toAbsolutePath().getParent()
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        if (name.equals(STDOUT) && reason.toLowerCase(java.util.Locale.ROOT).contains("broken pipe")) {
            return new ReaderGone(e);
        }
        String todo = reason.contains("No space left") ? "free some space there, or choose another place"
                : name.equals(STDOUT) ? "write to a file with -o FILE" : "choose another place with -o";
        return new WriteFailed(name + ": cannot be written (" + reason + "); " + todo, e);
    }

    /** An output stream whose every failure is {@link #failed} for {@code name}. */
    private static final class Checked extends FilterOutputStream {
        private final String name;

        Checked(OutputStream out, String name) {
            super(out);
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(name, e);
            }
        }
    }

    /** Checks an output path before any work is done, so a mistake costs nothing. */
    static void check(Path path, boolean force) throws UserError {
        if (isDeviceOrPipe(path)) {
            return; // nothing there to lose, so no --force
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserError(path + ": the folder " + parent + " does not exist; create it or choose another -o");
        }
        if (Files.isDirectory(path)) {
            throw new UserError(path + ": is a folder; give -o a file name");
        }
        if (Files.exists(path) && !force) {
            throw new UserError(path + ": exists; use --force to overwrite it, or choose another -o");
        }
        if (!Files.isWritable(parent)) {
            throw new UserError(path + ": cannot write into " + parent + " (permission denied)");
        }
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    static void atomically(Path path, Body body) throws IOException {
        writeAtomically(path, (OutputStream out) -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        });
    }

    interface Bytes {
        void write(OutputStream out) throws IOException;
    }

    /** Something that exists and is neither a file nor a folder (links followed): a device, a pipe, a socket. */
    static boolean isDeviceOrPipe(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    static void writeAtomically(Path path, Bytes body) throws IOException {
        String name = path.toString();
        if (isDeviceOrPipe(path)) {
            try (OutputStream out = new Checked(open(path, name), name)) {
                body.write(out);
            }
            return;
        }
        Path target = path.toAbsolutePath();
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw failed(name, e);
        }
        try {
            try (OutputStream out = new Checked(Files.newOutputStream(temp), name)) {
                body.write(out);
            }
            try {
                try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    written.force(true); // on disk before the rename makes it the file: a crash leaves old or new
                }
                keepPermissions(temp, target);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw failed(name, e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static OutputStream open(Path path, String name) throws IOException {
        try {
            return Files.newOutputStream(path);
        } catch (IOException e) {
            throw failed(name, e);
        }
    }

    /**
     * A temporary file is created readable by its owner only; the file it becomes must have the permissions the
     * replaced file had (a library shared with a group stays shared), or a new file's usual rw-r--r--.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: it has its own defaults
        }
    }

    /** To the file, atomically, or, without one ({@code -o -}), to standard output. */
    static void to(Path file, OutputStream stdout, Body body) throws IOException {
        if (file != null) {
            atomically(file, body);
        } else {
            toStream(stdout, body);
        }
    }

    /**
     * Standard output, never closed (the JVM owns it). The process's own standard output is written through its file
     * descriptor rather than {@code System.out}, whose {@code PrintStream} would hide a full disk or a closed pipe;
     * any other {@code PrintStream} is asked with {@code checkError} after the last write.
     */
    static void toStream(OutputStream stream, Body body) throws IOException {
        OutputStream target = stream;
        if (stream == System.out) {
            System.out.flush();
            target = new FileOutputStream(FileDescriptor.out);
        }
        Writer out = new OutputStreamWriter(new Checked(target, STDOUT), StandardCharsets.UTF_8);
        body.write(out);
        out.flush();
        if (stream instanceof PrintStream print && print.checkError()) {
            throw failed(STDOUT, new IOException("a write failed"));
        }
    }
}
