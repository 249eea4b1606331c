package org.abs2bib.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** arXiv category codes and their readable names ("cs.CL" → "Computation and Language"), shipped as a resource. */
public final class ArxivCategories {
    private static final Map<String, String> NAMES = load();

    private ArxivCategories() {
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = ArxivCategories.class.getResourceAsStream("arxiv_categories.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length >= 2) {
                    names.put(cols[0], cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The readable name, or the code itself for a code the table does not know (ACM and MSC classes). */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    public static boolean isKnown(String code) {
        return NAMES.containsKey(code);
    }
}
