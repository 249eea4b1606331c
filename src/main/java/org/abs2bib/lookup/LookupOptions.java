package org.abs2bib.lookup;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Whether and how abs2bib asks arXiv.
 *
 * @param enabled        look papers up at all
 * @param client         endpoint, delay, timeouts, retries
 * @param cacheDirectory where answers are kept, or {@code null} for no cache
 * @param offline        answer from the cache only, make no request
 */
public record LookupOptions(boolean enabled, ArxivClient.Settings client, Path cacheDirectory, boolean offline) {
    public LookupOptions {
        Objects.requireNonNull(client);
    }

    public static LookupOptions off(String userAgent) {
        return new LookupOptions(false, ArxivClient.Settings.defaults(userAgent), ArxivCache.defaultDirectory(), false);
    }

    public LookupOptions withEnabled(boolean on) {
        return new LookupOptions(on, client, cacheDirectory, offline);
    }

    public LookupOptions withClient(ArxivClient.Settings settings) {
        return new LookupOptions(enabled, settings, cacheDirectory, offline);
    }

    public LookupOptions withCacheDirectory(Path dir) {
        return new LookupOptions(enabled, client, dir, offline);
    }

    public LookupOptions withOffline(boolean cacheOnly) {
        return new LookupOptions(enabled, client, cacheDirectory, cacheOnly);
    }
}
