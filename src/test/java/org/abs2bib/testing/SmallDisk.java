package org.abs2bib.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small file system that fills up: a tmpfs of a few kilobytes mounted for one test, where the machine lets the test
 * mount one (root on Linux, as in CI's container). Where it cannot, {@link #mount} says why, for the test's skip.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;
    private int fillers;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** A tmpfs of {@code kilobytes} on {@code folder}, or null with the reason in {@code why[0]}. */
    public static SmallDisk mount(Path folder, int kilobytes, String[] why) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs",
                folder.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            why[0] = "cannot mount a small tmpfs here (" + said + "); full-disk cases not run";
            return null;
        }
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk but for {@code bytes}, with a file named {@code .filler}, {@code .filler1}, … */
    public void fillLeaving(int bytes) throws IOException {
        Path filler = folder.resolve(".filler" + (fillers++ == 0 ? "" : String.valueOf(fillers - 1)));
        long free = Files.getFileStore(folder).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - bytes)]);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", folder.toString()).redirectErrorStream(true).start().waitFor(20,
                TimeUnit.SECONDS);
    }
}
