package org.abs2bib.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.Reference;
import org.abs2bib.tag.Vocabulary;
import org.abs2bib.testing.Convert;

/**
 * How the tags of a dump group: tags per entry, the share of entries with a vocabulary tag, the coverage of the most
 * frequent tags, and ten papers drawn at random (fixed seed) with their tags, for a person to read.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.abs2bib.bench.TagReport \
 *     [-Dexec.args="bib/trending-papers.txt"]
 * </pre>
 */
public final class TagReport {
    public static void main(String[] args) throws Exception {
        Path dump = Path.of(args.length > 0 ? args[0] : "bib/trending-papers.txt");
        Conversion c = Convert.conversion(dump, Options.DEFAULT);
        List<Reference> refs = c.references();
        IntSummaryStatistics perEntry = refs.stream().mapToInt(r -> r.keywords().size()).summaryStatistics();
        var vocabTags = Vocabulary.defaults().topics().keySet();
        long withVocab = refs.stream().filter(r -> r.keywords().stream().anyMatch(vocabTags::contains)).count();
        Map<String, Long> freq = refs.stream().flatMap(r -> r.keywords().stream())
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        int n = refs.size();
        System.out.printf(Locale.ROOT, "%s: %d entries%n", dump, n);
        System.out.printf(Locale.ROOT, "tags per entry: mean %.2f, min %d, max %d%n", perEntry.getAverage(),
                perEntry.getMin(), perEntry.getMax());
        System.out.printf(Locale.ROOT, "entries with at least one vocabulary tag: %d of %d (%.1f%%)%n", withVocab, n,
                100.0 * withVocab / n);
        System.out.printf(Locale.ROOT, "distinct tags: %d; used on 2+ entries: %d%n", freq.size(),
                freq.values().stream().filter(v -> v >= 2).count());
        System.out.println("most frequent tags (entries, share):");
        for (Map.Entry<String, Long> e : top.subList(0, Math.min(15, top.size()))) {
            System.out.printf(Locale.ROOT, "  %-34s %4d  %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / n);
        }
        List<Reference> drawn = new ArrayList<>(refs);
        Collections.shuffle(drawn, new Random(42));
        System.out.println("ten papers drawn at random (seed 42):");
        for (Reference r : drawn.subList(0, Math.min(10, n))) {
            System.out.printf("  line %d: %s%n    -> %s%n", r.line(), r.title(), String.join(" | ", r.keywords()));
        }
    }
}
