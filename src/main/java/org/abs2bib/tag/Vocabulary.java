package org.abs2bib.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A controlled topic vocabulary: tags with aliases and optional parents, read from a tab-separated file.
 *
 * <p>The format (also in the README): one topic a line, {@code tag<TAB>alias|alias|…[<TAB>parent]}; blank lines and
 * lines starting with {@code #} are ignored. A user's file extends the default (its topics replace default topics of
 * the same tag) or replaces it.
 */
public final class Vocabulary {
    private static final String DEFAULT = "vocabulary.tsv";
    /** The shipped vocabulary, read when a run first asks for a topic: {@code --version} or {@code --tags none} never do. */
    private static final Vocabulary SHIPPED = new Vocabulary(null);
    /** The topics; {@code null} for {@link #SHIPPED} alone, whose topics {@link Shipped} holds. */
    private final Map<String, Topic> topics;

    private Vocabulary(Map<String, Topic> topics) {
        this.topics = topics == null ? null : Collections.unmodifiableMap(topics);
    }

    /** The vocabulary shipped with abs2bib, for the machine-learning and NLP papers its users collect. */
    public static Vocabulary defaults() {
        return SHIPPED;
    }

    /** Reads the shipped file on first use (the JVM runs this once, whichever thread asks first). */
    private static final class Shipped {
        static final Map<String, Topic> TOPICS = read();

        private static Map<String, Topic> read() {
            try (InputStream in = Vocabulary.class.getResourceAsStream(DEFAULT)) {
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "default vocabulary", empty()).topics;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (VocabularyException e) {
                throw new IllegalStateException("the shipped vocabulary is broken: " + e.getMessage(), e);
            }
        }
    }

    public static Vocabulary empty() {
        return new Vocabulary(new LinkedHashMap<>());
    }

    /**
     * Reads a vocabulary file on top of {@code base} (the defaults to extend them, {@link #empty()} to replace them):
     * its topics are added, and replace base topics of the same tag; parents may name base topics.
     */
    public static Vocabulary parse(Reader reader, String source, Vocabulary base)
            throws IOException, VocabularyException {
        Map<String, Topic> topics = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String text;
        int n = 0;
        while ((text = in.readLine()) != null) {
            n++;
            if (n == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = text.split("\t", -1);
            if (cols.length < 2 || cols.length > 3) {
                throw new VocabularyException(source, n, "expected 2 or 3 tab-separated columns (tag, aliases, "
                        + "parent), found " + cols.length + "; separate columns with a tab, aliases with |");
            }
            String tag = cols[0].strip();
            if (tag.isEmpty()) {
                throw new VocabularyException(source, n, "the tag (first column) is empty");
            }
            if (tag.contains(",") || tag.contains(";") || tag.contains(">")) {
                throw new VocabularyException(source, n, "tag \"" + tag + "\" contains , ; or >, which separate "
                        + "keywords and groups; choose another spelling");
            }
            if (topics.containsKey(tag)) {
                throw new VocabularyException(source, n, "tag \"" + tag + "\" is defined twice (first on line "
                        + lines.get(tag) + ")");
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : cols[1].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
            if (aliases.isEmpty()) {
                throw new VocabularyException(source, n, "tag \"" + tag + "\" has no alias; list how it is written "
                        + "in texts, e.g. " + tag + "|" + tag + "s");
            }
            topics.put(tag, new Topic(tag, aliases, cols.length == 3 ? cols[2].strip() : ""));
            lines.put(tag, n);
        }
        Map<String, Topic> merged = new LinkedHashMap<>(base.topics());
        merged.putAll(topics);
        for (Topic t : topics.values()) {
            if (!t.parent().isEmpty() && !merged.containsKey(t.parent())) {
                throw new VocabularyException(source, lines.get(t.tag()), "parent \"" + t.parent() + "\" of \""
                        + t.tag() + "\" is not a tag of this vocabulary; add it as a topic of its own");
            }
        }
        checkCycles(merged, lines, source);
        return new Vocabulary(merged);
    }

    private static void checkCycles(Map<String, Topic> topics, Map<String, Integer> lines, String source)
            throws VocabularyException {
        for (Topic t : topics.values()) {
            String p = t.parent();
            for (int depth = 0; !p.isEmpty(); depth++) {
                if (p.equals(t.tag()) || depth > topics.size()) {
                    throw new VocabularyException(source, lines.getOrDefault(t.tag(), 0), "\"" + t.tag()
                            + "\" is its own ancestor through its parents; parents must form a tree");
                }
                p = topics.get(p).parent();
            }
        }
    }

    public Map<String, Topic> topics() {
        return topics != null ? topics : Shipped.TOPICS;
    }

    /** The tag with its ancestors, root first: "fine-tuning > parameter-efficient fine-tuning > LoRA". */
    public List<String> path(String tag) {
        List<String> path = new ArrayList<>();
        Map<String, Topic> topics = topics();
        for (String t = tag; t != null && !t.isEmpty(); t = topics.containsKey(t) ? topics.get(t).parent() : null) {
            path.add(0, t);
        }
        return path;
    }
}
