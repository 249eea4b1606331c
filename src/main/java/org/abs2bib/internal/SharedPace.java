package org.abs2bib.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A service's pause between requests (arXiv's, Semantic Scholar's, …), counted from the end of one exchange to the
 * start of the next, so the server never sees two requests closer than the pause whatever the network's delays.
 * Kept by this client always, and, given a folder, by every abs2bib on the machine together: two runs at once (a
 * Makefile with {@code -j}, two terminals) take turns. A lock file holds the time the last request ended; a run
 * holds the lock for its whole request, so the next one starts the pause after it. A killed run's lock is released
 * by the system; a clock set back never makes a run wait more than the pause.
 */
public final class SharedPace {
    /** One exchange with the server. */
    public interface Request<T> {
        T send() throws IOException;
    }

    private final Path file;
    private final Duration pause;
    /** When this client's last exchange ended ({@link System#nanoTime}), or none yet. */
    private long lastEnd = Long.MIN_VALUE;

    /**
     * The pause for the service {@code name}: through a lock file in {@code folder} shared with other runs, or, with
     * no folder, for this client alone.
     */
    public SharedPace(Path folder, String name, Duration pause) {
        this.file = folder == null ? null : folder.resolve("abs2bib-" + name + "-requests.lock");
        this.pause = pause;
    }

    /**
     * Sends the request in its turn. Where the lock file cannot be used (a folder without write access), the request
     * goes without it: this client's own pause still holds.
     */
    public <T> T send(Request<T> request) throws IOException {
        if (lastEnd != Long.MIN_VALUE) {
            sleep(Duration.ofNanos(lastEnd + pause.toNanos() - System.nanoTime()));
        }
        try {
            return file == null ? request.send() : sendInTurn(request);
        } finally {
            lastEnd = System.nanoTime();
        }
    }

    private <T> T sendInTurn(Request<T> request) throws IOException {
        MachineLock lock;
        try {
            lock = MachineLock.acquire(file);
        } catch (IOException e) {
            return request.send();
        }
        try (lock) {
            ByteBuffer last = ByteBuffer.allocate(Long.BYTES);
            long ended = lock.channel().read(last, 0) == Long.BYTES ? last.flip().getLong() : 0;
            sleep(Duration.ofMillis(Math.min(ended + pause.toMillis() - System.currentTimeMillis(), pause.toMillis())));
            try {
                return request.send();
            } finally {
                lock.channel().write(ByteBuffer.allocate(Long.BYTES).putLong(System.currentTimeMillis()).flip(), 0);
            }
        }
    }

    /**
     * Where runs keep their shared pause: beside the cache, or, without one (or before it exists), in the temporary
     * folder, so runs with and without a cache still take turns.
     */
    public static Path folderFor(Path cacheDirectory) {
        return cacheDirectory != null && Files.isDirectory(cacheDirectory) ? cacheDirectory
                : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Waits {@code d}; nothing for zero or less. An interrupt ends the wait and stays set. */
    public static void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
