package org.abs2bib.lookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.abs2bib.internal.AtomicFile;
import org.abs2bib.internal.MachineLock;

/**
 * What arXiv said, on disk as JSON, so a second run over the same dump makes no requests. Keyed by normalized title
 * (the candidates a query found, none for a miss) and by id (the records). Misses are kept for a day, records for 90:
 * arXiv's results change daily, a paper's metadata rarely.
 *
 * <p>Every save writes a temporary file and renames it over the old one, so a run killed at any moment leaves the
 * previous cache or the new one, never a torn file. A cache that cannot be read is set aside (renamed, not deleted)
 * with a warning; one that cannot be written gives one warning and the lookup goes on without saving.
 */
public final class ArxivCache {
    static final Duration RECORD_LIFE = Duration.ofDays(90);
    static final Duration MISS_LIFE = Duration.ofDays(1);
    private static final String FILE = "arxiv-cache.json";

    /** The file's shape. */
    static final class Data {
        public int version = 1;
        public Map<String, TitleEntry> titles = new TreeMap<>();
        public Map<String, RecordEntry> records = new TreeMap<>();
    }

    /** The ids a title query found (empty: a miss), and when. */
    static final class TitleEntry {
        public String fetched;
        public List<String> candidates = new ArrayList<>();
    }

    static final class RecordEntry {
        public String fetched;
        public ArxivRecord record;
    }

    private final Path file;
    private final Clock clock;
    private final Consumer<String> warn;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private Data data = new Data();
    private boolean writable;
    private boolean dirty;

    private ArxivCache(Path file, Clock clock, Consumer<String> warn) {
        this.file = file;
        this.clock = clock;
        this.warn = warn;
    }

    /** A cache that keeps nothing ({@code --no-cache}). */
    public static ArxivCache none() {
        return new ArxivCache(null, Clock.systemUTC(), w -> { });
    }

    /** The cache in {@code dir}, created when missing; problems become warnings, never failures. */
    public static ArxivCache in(Path dir, Clock clock, Consumer<String> warn) {
        ArxivCache cache = new ArxivCache(dir.resolve(FILE), clock, warn);
        cache.load(dir);
        return cache;
    }

    /** $XDG_CACHE_HOME/abs2bib, else ~/.cache/abs2bib. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("abs2bib");
    }

    private void load(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            warn.accept("cache folder " + dir + " cannot be created (" + e.getMessage() + "); looking up without a "
                    + "cache");
            return;
        }
        if (Files.exists(file)) {
            try {
                data = json.readValue(file.toFile(), Data.class);
                if (data.titles == null || data.records == null) {
                    throw new JsonProcessingException("missing sections") { };
                }
            } catch (IOException e) {
                data = new Data();
                Path aside = file.resolveSibling(FILE + ".unreadable-" + clock.instant().getEpochSecond());
                try {
                    Files.move(file, aside);
                    warn.accept("cache " + file + " could not be read; kept it as " + aside + " and started a new one");
                } catch (IOException moveFailed) {
                    warn.accept("cache " + file + " could not be read and not be set aside; looking up without a "
                            + "cache");
                    return;
                }
            }
        }
        writable = Files.isWritable(dir);
        if (!writable) {
            warn.accept("cache folder " + dir + " is not writable; this run's answers will not be kept");
        }
    }

    private boolean fresh(String fetched, Duration life) {
        try {
            return fetched != null && Instant.parse(fetched).plus(life).isAfter(clock.instant());
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    public Optional<ArxivRecord> record(String id) {
        RecordEntry e = data.records.get(id);
        return e != null && fresh(e.fetched, RECORD_LIFE) ? Optional.ofNullable(e.record) : Optional.empty();
    }

    /** The records a title query found, when the answer is fresh; an empty list is a cached miss. */
    public Optional<List<ArxivRecord>> candidates(String normalizedTitle) {
        TitleEntry e = data.titles.get(normalizedTitle);
        if (e == null || !fresh(e.fetched, e.candidates.isEmpty() ? MISS_LIFE : RECORD_LIFE)) {
            return Optional.empty();
        }
        List<ArxivRecord> records = new ArrayList<>();
        for (String id : e.candidates) {
            Optional<ArxivRecord> r = record(id);
            if (r.isEmpty()) {
                return Optional.empty(); // a record has expired: ask again
            }
            records.add(r.get());
        }
        return Optional.of(records);
    }

    public void putRecord(ArxivRecord r) {
        RecordEntry e = new RecordEntry();
        e.fetched = clock.instant().toString();
        e.record = r;
        data.records.put(r.id(), e);
        dirty = true;
    }

    public void putTitle(String normalizedTitle, List<ArxivRecord> candidates) {
        TitleEntry e = new TitleEntry();
        e.fetched = clock.instant().toString();
        for (ArxivRecord r : candidates) {
            putRecord(r);
            e.candidates.add(r.id());
        }
        data.titles.put(normalizedTitle, e);
        dirty = true;
    }

    /**
     * Writes the cache atomically if anything changed, merged with what other runs saved since this one read it (under
     * a lock beside the file, so two runs at once both keep their answers, not only the last writer's); a failure is
     * a warning and turns saving off: the lookup's answers are in the output either way.
     */
    public void save() {
        if (file == null || !writable || !dirty) {
            return;
        }
        try (MachineLock lock = MachineLock.acquire(file.resolveSibling(FILE + ".lock"))) {
            mergeSaved();
            AtomicFile.replace(file, temp -> json.writeValue(temp.toFile(), data));
            dirty = false;
        } catch (IOException e) {
            writable = false;
            warn.accept("cache " + file + " could not be written (" + e.getMessage() + "); going on without saving "
                    + "(this run's output is complete; free space or use --no-cache to stop this warning)");
        }
    }

    /** Takes in what the file on disk has that this run has not, or has newer. */
    private void mergeSaved() {
        if (!Files.exists(file)) {
            return;
        }
        Data saved;
        try {
            saved = json.readValue(file.toFile(), Data.class);
        } catch (IOException e) {
            return; // unreadable: this run's cache replaces it
        }
        if (saved.titles != null) {
            saved.titles.forEach((k, e) -> data.titles.merge(k, e, (ours, theirs) ->
                    newer(theirs.fetched, ours.fetched) ? theirs : ours));
        }
        if (saved.records != null) {
            saved.records.forEach((k, e) -> data.records.merge(k, e, (ours, theirs) ->
                    newer(theirs.fetched, ours.fetched) ? theirs : ours));
        }
    }

    private static boolean newer(String a, String b) {
        try {
            return a != null && (b == null || Instant.parse(a).isAfter(Instant.parse(b)));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
