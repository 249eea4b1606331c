package org.abs2bib.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes large dumps for benchmarks at run time (they are never committed): titles and abstracts recombined from the
 * bundled sample's sentences and title parts, with a seeded random generator, so every dump is the same for the
 * same size and its text varies like real abstracts (vocabulary, lengths, LaTeX, punctuation).
 *
 * <pre>java … org.abs2bib.bench.DumpGenerator PAPERS OUT.txt [SEED]</pre>
 */
public final class DumpGenerator {
    private DumpGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int papers = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<String> lines = Files.readAllLines(Path.of("bib/trending-papers.txt"), StandardCharsets.UTF_8);
        List<String> titleParts = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int k = 2; k + 1 < lines.size(); k += 2) {
            String title = k == 2 ? lines.get(k).substring("Subscribe".length()) : lines.get(k);
            for (String part : title.split(": | for | with | in | of ")) {
                titleParts.add(part.strip());
            }
            for (String s : lines.get(k + 1).split("(?<=\\.) (?=[A-Z])")) {
                sentences.add(s.strip());
            }
        }
        Random random = new Random(seed);
        String[] joins = {": ", " for ", " with ", " in ", " of ", " and "};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("Get trending papers in your email inbox!\nSubscribe");
            for (int p = 0; p < papers; p++) {
                String title = titleParts.get(random.nextInt(titleParts.size())) + joins[random.nextInt(joins.length)]
                        + titleParts.get(random.nextInt(titleParts.size())) + " " + p;
                w.write(title.strip());
                w.write('\n');
                int n = 5 + random.nextInt(6);
                StringBuilder abs = new StringBuilder();
                for (int s = 0; s < n; s++) {
                    if (s > 0) {
                        abs.append(' ');
                    }
                    abs.append(sentences.get(random.nextInt(sentences.size())));
                }
                w.write(abs.toString());
                w.write('\n');
            }
        }
    }
}
