package org.abs2bib.venue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Whether and how abs2bib looks for the published version of arXiv papers ({@code --published}).
 *
 * @param enabled        look at all (off by default)
 * @param semanticScholar the Semantic Scholar Graph API base ({@code …/graph/v1})
 * @param crossref       the Crossref REST API base
 * @param pause          between two requests to one service
 * @param timeout        for a service to answer
 * @param mailto         an address for Crossref's polite pool, or empty
 * @param s2Key          a Semantic Scholar API key, or empty
 * @param shortNames     venue names as authors write them ({@code ICLR 2025}) instead of in full
 * @param cacheDirectory where decisions are kept (beside the arXiv cache), or {@code null}
 * @param userAgent      names abs2bib to the services
 */
public record PublishedOptions(boolean enabled, URI semanticScholar, URI crossref, Duration pause, Duration timeout,
                               String mailto, String s2Key, boolean shortNames, Path cacheDirectory, String userAgent) {
    public static final URI SEMANTIC_SCHOLAR = URI.create("https://api.semanticscholar.org/graph/v1");
    public static final URI CROSSREF = URI.create("https://api.crossref.org");

    public PublishedOptions {
        Objects.requireNonNull(semanticScholar);
        Objects.requireNonNull(crossref);
        Objects.requireNonNull(mailto);
        Objects.requireNonNull(s2Key);
        if (pause.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the pause cannot be negative, the timeout must be positive");
        }
    }

    /** Off; when turned on: the public services, a second between requests (S2's keyless pool is shared). */
    public static PublishedOptions off(String userAgent) {
        return new PublishedOptions(false, SEMANTIC_SCHOLAR, CROSSREF, Duration.ofSeconds(1), Duration.ofSeconds(60),
                "", "", false, null, userAgent);
    }

    public PublishedOptions withEnabled(boolean on) {
        return new PublishedOptions(on, semanticScholar, crossref, pause, timeout, mailto, s2Key, shortNames,
                cacheDirectory, userAgent);
    }

    public PublishedOptions withServices(URI s2, URI crossrefBase) {
        return new PublishedOptions(enabled, s2, crossrefBase, pause, timeout, mailto, s2Key, shortNames,
                cacheDirectory, userAgent);
    }

    public PublishedOptions withPause(Duration d) {
        return new PublishedOptions(enabled, semanticScholar, crossref, d, timeout, mailto, s2Key, shortNames,
                cacheDirectory, userAgent);
    }

    public PublishedOptions withMailto(String address) {
        return new PublishedOptions(enabled, semanticScholar, crossref, pause, timeout, address, s2Key, shortNames,
                cacheDirectory, userAgent);
    }

    public PublishedOptions withS2Key(String key) {
        return new PublishedOptions(enabled, semanticScholar, crossref, pause, timeout, mailto, key, shortNames,
                cacheDirectory, userAgent);
    }

    public PublishedOptions withShortNames(boolean on) {
        return new PublishedOptions(enabled, semanticScholar, crossref, pause, timeout, mailto, s2Key, on,
                cacheDirectory, userAgent);
    }

    public PublishedOptions withCacheDirectory(Path dir) {
        return new PublishedOptions(enabled, semanticScholar, crossref, pause, timeout, mailto, s2Key, shortNames, dir,
                userAgent);
    }
}
