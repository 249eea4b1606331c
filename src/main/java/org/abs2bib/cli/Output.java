package org.abs2bib.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file atomically: into a temporary file beside it, then renamed over it, so a failed or killed run
 * never leaves a half-written file and an existing one is replaced only whole. A device or a pipe ({@code /dev/null},
 * {@code /dev/stdout}, a named pipe) is written into as it is: renaming over it would replace it with a file.
 */
final class Output {
    private Output() {
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
        if (isDeviceOrPipe(path)) {
            try (OutputStream out = Files.newOutputStream(path)) {
                body.write(out);
            }
            return;
        }
        Path target = path.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            keepPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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

    /** Standard output, never closed (the JVM owns it). */
    static void toStream(OutputStream stream, Body body) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        body.write(out);
        out.flush();
    }
}
