package org.abs2bib.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.abs2bib.testing.PasteCorpus;
import org.abs2bib.testing.PasteCorpus.Score;

/**
 * How well the reader does on the corpus of real-layout pastes: per source and overall, papers found against
 * expected, extra entries, and titles, abstracts, authors and identifiers exactly right. With {@code -v}, every miss.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.abs2bib.bench.PasteBenchmark \
 *     -Dexec.args="src/test/resources/pastes [-v]"
 * </pre>
 * The held-out pastes ({@code src/test/resources/pastes-holdout}) are read the same way; rules are not tuned on them.
 */
public final class PasteBenchmark {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/pastes");
        boolean verbose = List.of(args).contains("-v");
        Map<String, List<Score>> bySource = new TreeMap<>();
        for (Path p : PasteCorpus.pastes(root)) {
            Score s = PasteCorpus.score(p);
            bySource.computeIfAbsent(p.getParent().getFileName().toString(), k -> new ArrayList<>()).add(s);
            if (verbose && !s.perfect()) {
                System.out.println("== " + root.relativize(p));
                s.misses().forEach(m -> System.out.println("   " + m));
            }
        }
        System.out.printf("%-16s %6s %8s %6s %6s %7s %10s %8s %5s%n", "source", "pastes", "expected", "found",
                "extra", "titles", "abstracts", "authors", "ids");
        int[] total = new int[8];
        for (var e : bySource.entrySet()) {
            int[] t = new int[8];
            for (Score s : e.getValue()) {
                t[0]++;
                t[1] += s.expected();
                t[2] += s.matched();
                t[3] += s.extra();
                t[4] += s.titles();
                t[5] += s.abstracts();
                t[6] += s.authors();
                t[7] += s.ids();
            }
            print(e.getKey(), t);
            for (int k = 0; k < 8; k++) {
                total[k] += t[k];
            }
        }
        print("ALL", total);
    }

    private static void print(String name, int[] t) {
        System.out.printf("%-16s %6d %8d %6s %6d %7s %10s %8s %5s%n", name, t[0], t[1], pct(t[2], t[1]), t[3],
                pct(t[4], t[1]), pct(t[5], t[1]), pct(t[6], t[1]), pct(t[7], t[1]));
    }

    private static String pct(int n, int of) {
        return of == 0 ? "-" : Math.round(100.0 * n / of) + "%";
    }
}
