package org.abs2bib.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A service's pause between requests (arXiv's, Semantic Scholar's, …), kept by every abs2bib on the machine together: two runs at once (a Makefile with
 * {@code -j}, two terminals) take turns, so arXiv never sees two requests closer than the pause from this machine. A
 * lock file holds the time the last request ended; a run holds the lock for its whole request, so the next one
 * starts the pause after it. A killed run's lock is released by the system; a clock set back never makes a run wait
 * more than the pause.
 */
public final class SharedPace {
    /** One exchange with the server. */
    public interface Request<T> {
        T send() throws IOException;
    }

    private final Path file;
    private final Duration pause;

    /** The pause for the service {@code name}, through a lock file in {@code folder}. */
    public SharedPace(Path folder, String name, Duration pause) {
        this.file = folder.resolve("abs2bib-" + name + "-requests.lock");
        this.pause = pause;
    }

    /**
     * Sends the request in this machine's turn. Where the lock file cannot be used (a folder without write access),
     * the request goes without it: the client's own pause still holds for this run.
     */
    public <T> T send(Request<T> request) throws IOException {
        MachineLock lock;
        try {
            lock = MachineLock.acquire(file);
        } catch (IOException e) {
            return request.send();
        }
        try (lock) {
            ByteBuffer last = ByteBuffer.allocate(Long.BYTES);
            long ended = lock.channel().read(last, 0) == Long.BYTES ? last.flip().getLong() : 0;
            long wait = Math.min(ended + pause.toMillis() - System.currentTimeMillis(), pause.toMillis());
            if (wait > 0) {
                sleep(wait);
            }
            try {
                return request.send();
            } finally {
                lock.channel().write(ByteBuffer.allocate(Long.BYTES).putLong(System.currentTimeMillis()).flip(), 0);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
