package org.abs2bib.venue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.abs2bib.internal.AtomicFile;
import org.abs2bib.internal.MachineLock;

/**
 * The stage's decisions on disk, beside the arXiv cache ({@code published-cache.json}), so a re-run asks nothing: a
 * confirmed publication is kept for good, "not published" is asked again after 30 days (papers get published), and
 * "unknown" (a service failed) is never kept. Saved atomically, merged with what other runs saved meanwhile.
 */
final class VenueCache {
    static final Duration NOT_PUBLISHED_LIFE = Duration.ofDays(30);
    private static final String FILE = "published-cache.json";

    /** One paper's decision, as stored. */
    static final class Entry {
        public String fetched;
        public boolean published;
        public String reason;
        public Publication publication;
    }

    private final Path file;
    private final Clock clock;
    private final Consumer<String> warn;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private Map<String, Entry> entries = new TreeMap<>();
    private boolean dirty;

    private VenueCache(Path file, Clock clock, Consumer<String> warn) {
        this.file = file;
        this.clock = clock;
        this.warn = warn;
    }

    static VenueCache none() {
        return new VenueCache(null, Clock.systemUTC(), w -> { });
    }

    static VenueCache in(Path dir, Clock clock, Consumer<String> warn) {
        VenueCache cache = new VenueCache(dir.resolve(FILE), clock, warn);
        cache.entries = cache.read();
        return cache;
    }

    private Map<String, Entry> read() {
        if (file == null || !Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            Map<String, Entry> read = json.readValue(file.toFile(),
                    json.getTypeFactory().constructMapType(TreeMap.class, String.class, Entry.class));
            return read == null ? new TreeMap<>() : read;
        } catch (IOException e) {
            warn.accept("cache " + file + " could not be read (" + e.getMessage() + "); asking again");
            return new TreeMap<>();
        }
    }

    /** A decision still good, for an arXiv id. */
    Optional<Decision> get(String id) {
        Entry e = entries.get(id);
        if (e == null || e.fetched == null) {
            return Optional.empty();
        }
        if (e.published && e.publication != null) {
            return Optional.of(new Decision(Decision.State.PUBLISHED, Optional.of(e.publication), e.reason));
        }
        try {
            if (Instant.parse(e.fetched).plus(NOT_PUBLISHED_LIFE).isAfter(clock.instant())) {
                return Optional.of(Decision.notPublished(e.reason));
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // an entry of unknown age is asked again
        }
        return Optional.empty();
    }

    /** Keeps a decision; unknown ones are not kept. */
    void put(String id, Decision d) {
        if (d.state() == Decision.State.UNKNOWN) {
            return;
        }
        Entry e = new Entry();
        e.fetched = clock.instant().toString();
        e.published = d.state() == Decision.State.PUBLISHED;
        e.reason = d.reason();
        e.publication = d.publication().orElse(null);
        entries.put(id, e);
        dirty = true;
    }

    void save() {
        if (file == null || !dirty) {
            return;
        }
        try (MachineLock lock = MachineLock.acquire(file.resolveSibling(FILE + ".lock"))) {
            Map<String, Entry> mine = entries;
            entries = read();
            entries.putAll(mine); // this run's decisions are the newer ones
            AtomicFile.replace(file, temp -> json.writeValue(temp.toFile(), entries));
            dirty = false;
        } catch (IOException e) {
            warn.accept("cache " + file + " could not be written (" + e.getMessage() + "); the output is complete, "
                    + "the next run asks again");
        }
    }
}
