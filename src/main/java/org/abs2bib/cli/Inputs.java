package org.abs2bib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;

/** Opens the input files (or standard input for {@code -}) with messages a user can act on. */
final class Inputs {
    static final String STDIN = "-";

    private Inputs() {
    }

    static List<Dump> read(List<String> files, InputStream stdin) throws UserError, DumpException, IOException {
        List<String> names = files.isEmpty() ? List.of(STDIN) : files;
        for (String name : names) {
            if (!name.equals(STDIN)) {
                check(Path.of(name));
            }
        }
        List<Dump> dumps = new ArrayList<>();
        for (String name : names) {
            if (name.equals(STDIN)) {
                dumps.add(Abs2Bib.read(stdin, "<stdin>"));
            } else {
                try (InputStream in = Files.newInputStream(Path.of(name))) {
                    dumps.add(Abs2Bib.read(in, name));
                } catch (AccessDeniedException e) {
                    throw new UserError(name + ": cannot be read (permission denied)");
                } catch (IOException e) {
                    throw new UserError(name + ": cannot be read (" + e.getMessage() + ")");
                }
            }
        }
        return dumps;
    }

    /** Every named file exists, is a file and can be read; standard input is not a file. */
    static boolean allFiles(List<String> files) throws UserError {
        if (files.isEmpty() || files.contains(STDIN)) {
            return false;
        }
        for (String name : files) {
            check(Path.of(name));
        }
        return true;
    }

    static long totalSize(List<String> files) throws IOException {
        long total = 0;
        for (String name : files) {
            total += Files.size(Path.of(name));
        }
        return total;
    }

    private static void check(Path path) throws UserError {
        if (Files.isDirectory(path)) {
            throw new UserError(path + ": is a folder, not a dump; name the text file inside it");
        }
        if (!Files.exists(path)) {
            throw new UserError(path + ": no such file");
        }
        if (!Files.isReadable(path)) {
            throw new UserError(path + ": cannot be read (permission denied)");
        }
    }

    /** True when an output path names one of the inputs: abs2bib never overwrites its input. */
    static boolean isInput(Path output, List<String> files) {
        for (String name : files) {
            if (name.equals(STDIN)) {
                continue;
            }
            try {
                if (Files.exists(output) && Files.isSameFile(output, Path.of(name))) {
                    return true;
                }
            } catch (NoSuchFileException e) {
                // not there, so not the same
            } catch (IOException e) {
                return true; // cannot tell: refuse rather than risk the input
            }
        }
        return false;
    }
}
