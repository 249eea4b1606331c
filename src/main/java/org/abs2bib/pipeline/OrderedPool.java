package org.abs2bib.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Batches worked on by a pool of threads while the caller goes on reading, their results handed to {@code sink} on
 * the caller's thread in the order they were submitted: so that every core works on a large dump while what must
 * be sequential (counting, claiming keys, writing) stays in input order. At most a few batches are in flight, so
 * memory stays a few batches.
 */
final class OrderedPool<R> {
    /** What takes each result, in order, on the caller's thread. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private final ExecutorService pool;
    private final Sink<R> sink;
    private final int depth;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    OrderedPool(ExecutorService pool, int depth, Sink<R> sink) {
        this.pool = pool;
        this.depth = depth;
        this.sink = sink;
    }

    /** Starts a batch; waits for, and sinks, the oldest ones while more than {@code depth} are in flight. */
    void submit(Callable<R> work) throws IOException {
        inFlight.add(pool.submit(work));
        while (inFlight.size() > depth) {
            sinkOldest();
        }
    }

    /** Waits for every batch still in flight and sinks them, in order. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            sinkOldest();
        }
    }

    private void sinkOldest() throws IOException {
        R result;
        try {
            result = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        }
        sink.accept(result);
    }
}
