package org.abs2bib.lookup;

import java.util.function.IntConsumer;

/**
 * What a lookup tells whoever shows its progress: how many papers are settled ({@link #accept}), and why it is
 * waiting when it waits longer than its pace (a retry after a fault, a server that asked for time).
 */
public interface LookupProgress extends IntConsumer {
    /** The lookup waits {@code seconds} before asking again, because of {@code why}; retry {@code n} of {@code of}. */
    default void waiting(long seconds, String why, int n, int of) {
    }
}
