package org.abs2bib.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.dump.DumpReader;
import org.abs2bib.dump.LineReader;
import org.abs2bib.dump.Paper;

/**
 * One input of the pipeline, handed over in batches of papers: a dump already read, or a file read as a stream
 * (once per pass). Every pass cuts an input the same way, which is how the second pass finds the first's records.
 */
abstract class PaperSource {
    /** Takes one batch of papers (the last one of an input smaller, none empty). */
    interface Batches {
        void accept(List<Paper> papers) throws IOException;
    }

    private final String name;

    private PaperSource(String name) {
        this.name = name;
    }

    static PaperSource of(Dump dump) {
        return new PaperSource(dump.source()) {
            @Override
            DumpFormat read(int batchSize, Batches batches, Consumer<Diagnostic> warnings) throws IOException {
                List<Paper> papers = dump.papers();
                for (int from = 0; from < papers.size(); from += batchSize) {
                    batches.accept(papers.subList(from, Math.min(papers.size(), from + batchSize)));
                }
                dump.warnings().forEach(warnings);
                return dump.format();
            }
        };
    }

    static PaperSource of(Path file) {
        return new PaperSource(file.toString()) {
            @Override
            DumpFormat read(int batchSize, Batches batches, Consumer<Diagnostic> warnings)
                    throws IOException, DumpException {
                return readFile(file, batchSize, batches, warnings);
            }
        };
    }

    /** The input as the user named it. */
    String name() {
        return name;
    }

    /** What entries name as their source: the file without its folder, so output does not depend on where it ran. */
    String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** The error for a paper found at {@code line} on one pass and not as it was on another: the file changed. */
    IOException changed(int line) {
        return new IOException(fileName() + ":" + line + ": the file changed while abs2bib read it; run again");
    }

    /** Reads the input, handing its papers over in batches of {@code batchSize}, in order; returns its shape. */
    abstract DumpFormat read(int batchSize, Batches batches, Consumer<Diagnostic> warnings)
            throws IOException, DumpException;

    /** A failure of whoever takes the batches, carried out of the reader's callback and thrown again as it was. */
    private static final class Passed extends RuntimeException {
        Passed(IOException cause) {
            super(cause);
        }
    }

    private static DumpFormat readFile(Path file, int batchSize, Batches batches, Consumer<Diagnostic> warnings)
            throws IOException, DumpException {
        List<Paper> batch = new ArrayList<>(batchSize);
        DumpFormat format;
        try (InputStream in = Files.newInputStream(file)) {
            format = DumpReader.stream(LineReader.of(in, file.toString()), file.toString(), paper -> {
                batch.add(paper);
                if (batch.size() == batchSize) {
                    hand(batches, batch);
                }
            }, warnings);
        } catch (Passed e) {
            throw (IOException) e.getCause();
        } catch (AccessDeniedException e) {
            throw new IOException(file + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
        return format;
    }

    private static void hand(Batches batches, List<Paper> batch) {
        try {
            batches.accept(List.copyOf(batch));
        } catch (IOException e) {
            throw new Passed(e);
        }
        batch.clear();
    }
}
