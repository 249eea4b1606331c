package org.abs2bib.tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.abs2bib.bench.InspecBenchmark;
import org.abs2bib.bench.InspecBenchmark.Sample;
import org.abs2bib.tag.KeyphraseExtractor.Scoring;

/**
 * Learns the keyphrase ranking's weights: a logistic regression of each candidate's features
 * ({@link KeyphraseExtractor#features}) against "is an indexer's keyphrase" on Inspec. Trains on train, reports dev
 * (the figure to quote), then trains on train + dev and prints the weights to ship. Inspec is research-only: it is
 * read from ../shared, never committed; what ships is 35 numbers learned from its labels (README, NOTICE).
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.abs2bib.tag.KeyphraseTrainer
 * </pre>
 */
public final class KeyphraseTrainer {
    private static final int ITERATIONS = 2000;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-4;

    private KeyphraseTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/keywords");
        List<Sample> train = InspecBenchmark.read(dir.resolve("inspec_train.jsonl"));
        List<Sample> dev = InspecBenchmark.read(dir.resolve("inspec_dev.jsonl"));
        report("formula", Scoring.FORMULA, train, dev);
        double[] w = train(train);
        report("learned on train", Scoring.FORMULA.withWeights(w), train, dev);
        Scoring keep = Scoring.FORMULA.withWeights(w);
        report("learned, overlaps kept", new Scoring(keep.titleBoost(), keep.positionWeight(), false,
                keep.participles(), keep.verbRepair(), keep.weights()), train, dev);
        List<Sample> both = new ArrayList<>(train);
        both.addAll(dev);
        double[] shipped = train(both);
        report("learned on train+dev (shipped)", Scoring.FORMULA.withWeights(shipped), train, dev);
        StringBuilder java = new StringBuilder("{");
        for (int k = 0; k < shipped.length; k++) {
            java.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", shipped[k]));
        }
        System.out.println("weights: " + java.append('}'));
    }

    private static void report(String name, Scoring s, List<Sample> train, List<Sample> dev) {
        double[] d = InspecBenchmark.evaluate(dev, s);
        double[] t = InspecBenchmark.evaluate(train, s);
        System.out.printf(Locale.ROOT, "%-32s dev F1@5 %.2f F1@10 %.2f | train F1@5 %.2f F1@10 %.2f%n", name, d[0], d[1],
                t[0], t[1]);
    }

    /** Logistic regression by batch gradient descent on standardised features; returns weights on raw features. */
    static double[] train(List<Sample> samples) {
        KeyphraseExtractor x = new KeyphraseExtractor(Scoring.FORMULA);
        List<KeyphraseExtractor.Doc> docs = new ArrayList<>();
        for (Sample s : samples) {
            KeyphraseExtractor.Doc d = x.analyze(s.title(), s.text());
            x.count(d);
            docs.add(d);
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            for (KeyphraseExtractor.Phrase p : x.top(docs.get(i), Integer.MAX_VALUE, false)) {
                KeyphraseExtractor.Candidate c = docs.get(i).candidates.get(p.key());
                rows.add(x.features(docs.get(i), c));
                labels.add(samples.get(i).gold().contains(InspecBenchmark.normalize(p.text())) ? 1 : 0);
            }
        }
        int n = KeyphraseExtractor.FEATURES;
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (double[] r : rows) {
            for (int k = 0; k < n; k++) {
                mean[k] += r[k] / rows.size();
            }
        }
        for (double[] r : rows) {
            for (int k = 0; k < n; k++) {
                sd[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / rows.size();
            }
        }
        for (int k = 0; k < n; k++) {
            sd[k] = sd[k] < 1e-12 ? 1 : Math.sqrt(sd[k]);
        }
        mean[0] = 0;
        sd[0] = 1; // the bias stays 1
        double[] w = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[n];
            for (int r = 0; r < rows.size(); r++) {
                double[] row = rows.get(r);
                double z = 0;
                for (int k = 0; k < n; k++) {
                    z += w[k] * (row[k] - mean[k]) / sd[k];
                }
                double err = 1 / (1 + Math.exp(-z)) - labels.get(r);
                for (int k = 0; k < n; k++) {
                    grad[k] += err * (row[k] - mean[k]) / sd[k] / rows.size();
                }
            }
            for (int k = 0; k < n; k++) {
                w[k] -= RATE * (grad[k] + (k == 0 ? 0 : L2 * w[k]));
            }
        }
        double[] raw = new double[n];
        for (int k = 1; k < n; k++) {
            raw[k] = w[k] / sd[k];
            raw[0] -= w[k] * mean[k] / sd[k];
        }
        raw[0] += w[0];
        return raw;
    }
}
