package org.abs2bib.bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KeyRegistryTest {
    /** The rule without the shortcut: probe a, b, c, … from the start every time. */
    private static String naiveClaim(Set<String> used, String key) {
        String candidate = key;
        for (int n = 0; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = key + KeyRegistry.suffix(n);
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    @Property(tries = 300)
    void givesTheKeysThatProbingFromTheStartGives(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 11) Integer> steps) {
        // bases that collide with each other's suffixed forms (paper, papera, Paper) and reserved keys between claims
        String[] bases = {"paper", "papera", "Paper", "paperb", "x", "xa"};
        KeyRegistry registry = new KeyRegistry();
        Set<String> used = new HashSet<>();
        List<String> fast = new ArrayList<>();
        List<String> naive = new ArrayList<>();
        for (int step : steps) {
            if (step < bases.length) {
                fast.add(registry.claim(bases[step]));
                naive.add(naiveClaim(used, bases[step]));
            } else {
                String reserved = bases[step - bases.length] + KeyRegistry.suffix(step);
                registry.reserve(reserved);
                used.add(reserved.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(fast).isEqualTo(naive);
    }

    @Test
    void oneKeyClaimedOftenStaysUniqueAndCheap() {
        KeyRegistry registry = new KeyRegistry();
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < 100_000; k++) { // quadratic probing would take minutes here
            keys.add(registry.claim("paper").toLowerCase(Locale.ROOT));
        }
        assertThat(keys).hasSize(100_000).contains("paper", "papera", "paperz", "paperaa");
    }
}
