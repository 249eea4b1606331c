package org.abs2bib.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file, held by one abs2bib at a time on this machine: between processes by the operating
 * system's file lock, which it releases when a process dies (even by {@code kill -9}, so a lock is never stale), and
 * between threads of one process by a lock of its own (file locks are per process). The file holds what the lock
 * guards, read and written through {@link #channel}.
 */
public final class MachineLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final FileChannel channel;
    private final FileLock lock;
    private final ReentrantLock local;

    private MachineLock(FileChannel channel, FileLock lock, ReentrantLock local) {
        this.channel = channel;
        this.lock = lock;
        this.local = local;
    }

    /** Waits for the lock on {@code file} (created when missing). */
    public static MachineLock acquire(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                return new MachineLock(channel, channel.lock(), local);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    public FileChannel channel() {
        return channel;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
