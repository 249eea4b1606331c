package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.DumpException;
import org.abs2bib.testing.Convert;
import org.abs2bib.testing.Golden;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user's own sample (bib/trending-papers.txt, 234 papers copied from a trending-papers page): every paper
 * arrives, every title and abstract reads back as the sample wrote it, nothing of the page comes along.
 * jbibtex's own LaTeX decoder is the independent judge of what the written fields say.
 */
class SampleTest {
    static Path sample = Golden.projectDir().resolve("bib/trending-papers.txt");
    static List<String> titles = new ArrayList<>();
    static List<String> abstracts = new ArrayList<>();
    static Conversion conversion;
    static BibTeXDatabase parsed;
    static String bib;

    @BeforeAll
    static void convert() throws IOException, DumpException, Exception {
        // the sample's own shape, read independently of abs2bib: two chrome lines, then title and abstract lines
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        for (int k = 2; k < lines.size(); k += 2) {
            titles.add(k == 2 ? lines.get(k).substring("Subscribe".length()) : lines.get(k));
            abstracts.add(lines.get(k + 1));
        }
        conversion = Convert.conversion(sample, Options.DEFAULT);
        bib = Convert.bibtex(sample, Options.DEFAULT);
        parsed = new BibTeXParser().parse(new StringReader(bib));
    }

    @Test
    void everyPaperBecomesOneEntry() {
        assertThat(titles).hasSize(234);
        assertThat(conversion.references()).hasSize(234);
        assertThat(parsed.getEntries()).hasSize(234);
        assertThat(conversion.warnings()).isEmpty();
    }

    @Test
    void keysAreUniqueAsciiAndStable() throws Exception {
        List<String> keys = conversion.references().stream().map(Reference::key).toList();
        assertThat(new HashSet<>(keys.stream().map(String::toLowerCase).toList())).hasSize(234);
        assertThat(keys).allMatch(k -> k.matches("[a-z0-9]+"));
        assertThat(keys.get(0)).isEqualTo("autoflow");
        assertThat(Convert.conversion(sample, Options.DEFAULT).references().stream().map(Reference::key).toList())
                .isEqualTo(keys);
    }

    @Test
    void titlesReadBackExactly() {
        List<String> decoded = entries().stream().map(e -> typography(decode(e.getField(BibTeXEntry.KEY_TITLE))))
                .toList();
        assertThat(decoded).containsExactlyElementsOf(titles);
    }

    /**
     * Abstracts read back exactly as the sample wrote them, except where the sample holds arXiv's LaTeX; there the
     * README's rule applies and the result is checked piece by piece below.
     */
    @Test
    void abstractsReadBackExactlyWhereTheyHoldNoLatex() {
        List<String> decoded = entries().stream().map(e -> decode(e.getField(new Key("abstract")))).toList();
        int plain = 0;
        for (int k = 0; k < 234; k++) {
            String source = abstracts.get(k);
            if (!source.contains("\\") && !source.contains("~") && !source.contains("``")) {
                assertThat(typography(decoded.get(k))).as("abstract %d", k).isEqualTo(source);
                plain++;
            }
        }
        assertThat(plain).as("abstracts without LaTeX compared exactly").isGreaterThanOrEqualTo(215);
    }

    @Test
    void arxivLatexInAbstractsReadsRight() {
        String all = entries().stream().map(e -> typography(decode(e.getField(new Key("abstract")))))
                .collect(Collectors.joining("\n"));
        assertThat(all).contains("approximately 7.35% on the Decompile-Eval", "(95%) confidence intervals")
                .contains("theta_n={10000}^{-2n/d}")                         // math without $: every character kept
                .contains("we propose Scaling Laws of RoPE-based Extrapolation") // \textit{…}: italics, no word lost
                .contains("propose \\ours, an approach")                       // the authors' own macro, kept visible
                .contains("new contexts (e.g. text prompts")                   // \eg → e.g.
                .contains("discriminators (e.g. RoBERTa)")                     // e.g.~RoBERTa: a tie, read as a space
                .contains("Image-specific Context Optimization} (ICO)")       // the stray } survives as text
                .contains("addressing the \u201clost-in-the-middle\u201d issue")     // ``…'' typesets as quotes
                .doesNotContain("\\%", "\\textit", "\\eg ");
    }

    @Test
    void noPageChromeInAnyField() {
        for (BibTeXEntry e : entries()) {
            for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
                assertThat(f.getValue().toUserString()).doesNotContain("Subscribe", "Get trending papers");
            }
        }
    }

    @Test
    void writtenValuesParseBackUnchanged() {
        // jbibtex reads back exactly what the writer wrote (no field cut short by a brace, none merged)
        Set<String> written = new HashSet<>();
        for (BibTeXEntry e : entries()) {
            written.add(e.getKey().getValue());
            assertThat(e.getFields().keySet()).extracting(Key::getValue).startsWith("title").contains("abstract");
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(
                conversion.references().stream().map(Reference::key).toList());
        assertThat(bib).endsWith("}\n").doesNotContain("\r", "\t");
    }

    private static List<BibTeXEntry> entries() {
        return new ArrayList<>(parsed.getEntries().values());
    }

    static String decode(Value value) {
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
        } catch (Exception e) {
            throw new AssertionError("jbibtex cannot read " + value.toUserString(), e);
        }
    }

    /**
     * jbibtex's decoder typesets as LaTeX does: -- as an en dash, ' as a typographic apostrophe. The sample has the
     * plain characters, so compare those.
     */
    private static String typography(String s) {
        return s.replace("\u2014", "---").replace("\u2013", "--").replace('\u2019', '\'').replace('\u2018', '`');
    }
}
