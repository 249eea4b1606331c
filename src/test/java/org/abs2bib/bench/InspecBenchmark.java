package org.abs2bib.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;
import org.abs2bib.tag.KeyphraseExtractor;
import org.abs2bib.tag.KeyphraseExtractor.Doc;
import org.abs2bib.tag.KeyphraseExtractor.Phrase;
import org.abs2bib.tag.KeyphraseExtractor.Scoring;

/**
 * Scores the keyphrase extractor on Inspec with the standard protocol (keywords.md): title + abstract in, the
 * uncontrolled keyphrases as gold (absent ones included), both sides Porter-stemmed, exact match, F1@5 and F1@10
 * averaged per document. A benchmark, not a test: it prints figures.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.abs2bib.bench.InspecBenchmark [-Dexec.args="../shared/data/keywords/inspec_dev.jsonl"]
 * </pre>
 * The data is research-only and never committed; it is read from ../shared. Without it the benchmark says so and
 * exits 0.
 */
public final class InspecBenchmark {
    private static final PorterStemmer STEMMER = new PorterStemmer();

    public record Sample(String title, String text, Set<String> gold) {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args.length > 0 ? args : new String[] {"../shared/data/keywords/inspec_dev.jsonl"}) {
            files.add(Path.of(a));
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                System.out.println("Inspec data not found at " + f.toAbsolutePath() + " (it lives in ../shared, which "
                        + "a plain clone does not have); nothing to measure.");
                return;
            }
        }
        List<Scoring> grid = new ArrayList<>(List.of(Scoring.DEFAULT));
        if (Boolean.getBoolean("grid")) {
            for (double title : new double[] {1.0, 1.5, 2.0}) {
                for (double position : new double[] {0.0, 0.5, 1.0}) {
                    for (boolean participles : new boolean[] {false, true}) {
                        for (boolean repair : new boolean[] {false, true}) {
                            grid.add(new Scoring(title, position, true, participles, repair));
                        }
                    }
                }
            }
        }
        for (Path f : files) {
            List<Sample> samples = read(f);
            for (Scoring s : grid) {
                long t0 = System.nanoTime();
                double[] f1 = evaluate(samples, s);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf(Locale.ROOT, "%s  docs=%d  F1@5=%.2f  F1@10=%.2f  (%s, %d ms)%n", f.getFileName(),
                        samples.size(), f1[0], f1[1], s, ms);
            }
        }
    }

    public static List<Sample> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Set<String> gold = new LinkedHashSet<>();
                n.get("keyphrases").forEach(k -> gold.add(normalize(k.asText())));
                samples.add(new Sample(n.get("title").asText(), n.get("abstract").asText(), gold));
            }
        }
        return samples;
    }

    /** Both sides alike: lower case, hyphens as spaces, each word Porter-stemmed. */
    public static String normalize(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace('-', ' ').split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(STEMMER.stem(w));
        }
        return out.toString();
    }

    public static double[] evaluate(List<Sample> samples, Scoring scoring) {
        KeyphraseExtractor x = new KeyphraseExtractor(scoring);
        List<Doc> docs = new ArrayList<>();
        for (Sample s : samples) {
            Doc d = x.analyze(s.title(), s.text());
            x.count(d);
            docs.add(d);
        }
        double f5 = 0;
        double f10 = 0;
        for (int i = 0; i < samples.size(); i++) {
            List<String> predicted = new ArrayList<>();
            for (Phrase p : x.top(docs.get(i), 10)) {
                String key = normalize(p.text());
                if (!predicted.contains(key)) {
                    predicted.add(key);
                }
            }
            f5 += f1(predicted.subList(0, Math.min(5, predicted.size())), samples.get(i).gold());
            f10 += f1(predicted, samples.get(i).gold());
        }
        return new double[] {100 * f5 / samples.size(), 100 * f10 / samples.size()};
    }

    static double f1(List<String> predicted, Set<String> gold) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return 0;
        }
        long hits = predicted.stream().filter(gold::contains).count();
        double p = (double) hits / predicted.size();
        double r = (double) hits / gold.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
