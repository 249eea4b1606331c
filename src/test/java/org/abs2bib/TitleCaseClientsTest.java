package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.Paper;
import org.abs2bib.lookup.ArxivClient;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.testing.ArxivStandIn;
import org.abs2bib.testing.BibtexDocument;
import org.abs2bib.testing.ExternalTool;
import org.abs2bib.testing.ExternalTool.Run;
import org.abs2bib.testing.Golden;
import org.abs2bib.testing.LatexDecoder;
import org.abs2bib.write.OutputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every one of the sample's 234 titles, cited the ways users cite them, reads as its authors wrote it, modulo the
 * style's own casing rule: natbib's plainnat (BibTeX lowers the title but what is braced), biblatex's authoryear
 * through biber (keeps the title's case), and pandoc's citeproc from the {@code .bib} and from the CSL-JSON, which
 * must give the same reference (pandoc's default Chicago style, title case; and a style that prints titles as stored,
 * sentence case). Run without and with {@code --arxiv} (authors and years from the stand-in), since entries with and
 * without authors take different paths through the styles.
 *
 * <p>"As written" is checked word by word: every title's text comes through (compared without case), and every word
 * that is a name by its shape (a capital after its first letter, a capital beside a digit, the pronoun I) keeps its
 * exact case.
 */
class TitleCaseClientsTest {
    static final int PAPERS = 234;
    private static final Pattern NAME_SHAPED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{L}[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}[\\p{L}]*\\p{N}[\\p{L}\\p{N}]*|I)"
                    + "(?![\\p{L}\\p{N}])");
    /** How the sample's titles were written, as plain text, for each run. */
    static final Map<String, List<String>> TITLES = new HashMap<>();
    static final Map<String, Conversion> RUNS = new HashMap<>();
    static ArxivStandIn arxiv;

    @TempDir
    static Path cache;
    @TempDir
    Path dir;

    @BeforeAll
    static void convert() throws Exception {
        Path sample = Golden.projectDir().resolve("bib/trending-papers.txt");
        Dump dump;
        try (var in = Files.newInputStream(sample)) {
            dump = Abs2Bib.read(in, "trending-papers.txt");
        }
        LatexText latex = new LatexText(false);
        arxiv = new ArxivStandIn(5);
        int k = 0;
        for (Paper p : dump.papers()) {
            arxiv.add(ArxivStandIn.Entry.of(String.format("2401.%05d", k), latex.title(p.title()).plain(),
                    "2024-01-15", "Given" + k + " Family" + (char) ('a' + k % 26)));
            k++;
        }
        ArxivClient.Settings client = ArxivClient.Settings.defaults("t").withEndpoint(arxiv.endpoint())
                .withMinInterval(Duration.ofMillis(5));
        Options lookup = Options.DEFAULT.withLookup(LookupOptions.off("t").withEnabled(true).withClient(client)
                .withCacheDirectory(cache));
        RUNS.put("offline", new Abs2Bib(Options.DEFAULT).convert(List.of(dump)));
        RUNS.put("arxiv", new Abs2Bib(lookup).convert(List.of(dump)));
        for (var run : RUNS.entrySet()) {
            assertThat(run.getValue().references()).hasSize(PAPERS);
            List<String> titles = new ArrayList<>();
            for (Reference r : run.getValue().references()) {
                titles.add(typography(latex.title(r.title()).plain()));
            }
            TITLES.put(run.getKey(), titles);
        }
        assertThat(RUNS.get("arxiv").references()).allMatch(r -> !r.authors().isEmpty() && r.isArxiv());
        assertThat(RUNS.get("offline").references()).allMatch(r -> r.authors().isEmpty());
    }

    @AfterAll
    static void stop() {
        arxiv.close();
    }

    private Path write(String run, OutputFormat format, String name) throws Exception {
        Options options = Options.DEFAULT.withFormat(format);
        StringWriter out = new StringWriter();
        new Abs2Bib(options).write(RUNS.get(run), out);
        return Files.writeString(dir.resolve(name), out.toString(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"offline", "arxiv"})
    void pandocRendersTheSameReferencesFromTheBibAndTheCslJson(String run) throws Exception {
        write(run, OutputFormat.BIBTEX, "t.bib");
        write(run, OutputFormat.CSL_JSON, "t.json");
        for (String style : new String[] {null, "titles-as-stored.csl"}) {
            List<String> fromBib = pandoc("t.bib", style);
            List<String> fromJson = pandoc("t.json", style);
            assertThat(fromBib).hasSize(PAPERS);
            List<String> differ = new ArrayList<>();
            for (int k = 0; k < PAPERS; k++) {
                if (!fromBib.get(k).equals(fromJson.get(k))) {
                    differ.add(".bib: " + fromBib.get(k) + "\n.json: " + fromJson.get(k));
                }
            }
            assertThat(differ).as("references that differ between the routes (style %s)",
                    style == null ? "pandoc's default" : style).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"offline", "arxiv"})
    void pandocPrintsEveryTitleAsWritten(String run) throws Exception {
        write(run, OutputFormat.CSL_JSON, "t.json");
        write(run, OutputFormat.BIBTEX, "t.bib");
        for (String file : new String[] {"t.bib", "t.json"}) {
            List<String> printed = pandoc(file, "titles-as-stored.csl");
            assertAsWritten(run, printed, file + " in sentence case");
            // sentence case: a little word inside a title ("Learning From Data") is lowered, whatever the dump had
            for (String title : printed) {
                assertThat(title).as(title).doesNotContainPattern(
                        "[\\p{L}\\p{N},] (?:A|An|The|Of|In|For|From|With|And|To|On|Via|By|Is|Are)(?![\\p{L}\\p{N}])");
            }
            assertAsWritten(run, pandoc(file, "titles-in-title-case.csl"), file + " in title case");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"offline", "arxiv"})
    void plainnatPrintsEveryTitleInSentenceCaseKeepingNames(String run) throws Exception {
        write(run, OutputFormat.BIBTEX, "t.bib");
        String bbl = BibtexDocument.cite(dir, "t", "plainnat", "\\usepackage{natbib}\n").bbl();
        List<String> printed = new ArrayList<>();
        String[] items = bbl.split("\\\\bibitem");
        items:
        for (String item : java.util.Arrays.asList(items).subList(1, items.length)) {
            for (String block : item.split("\\\\newblock")) {
                if (block.contains("\\url") || block.contains("\\doi")) {
                    continue; // links and identifiers: never the title
                }
                // natbib's year suffix for same-label entries ("Title, {\natexlab{b}}.") is not the title's
                String text = typography(LatexDecoder.decode(block.replaceAll("\\s+", " ")
                        .replace("\\end{thebibliography}", "").replaceAll(",? ?\\{\\\\natexlab\\{\\w\\}\\}", "").trim()));
                String title = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
                if (TITLES.get(run).stream().anyMatch(t -> t.equalsIgnoreCase(title) || t.equalsIgnoreCase(text))) {
                    printed.add(TITLES.get(run).stream().anyMatch(t -> t.equalsIgnoreCase(text)) ? text : title);
                    continue items;
                }
            }
            printed.add("no title found in " + item.replaceAll("\\s+", " "));
        }
        assertAsWritten(run, printed, "plainnat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"offline", "arxiv"})
    void biblatexAuthoryearPrintsEveryTitleAsWritten(String run) throws Exception {
        write(run, OutputFormat.BIBLATEX, "t.bib");
        Files.writeString(dir.resolve("doc.tex"), "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n"
                + "\\usepackage[style=authoryear,backend=biber]{biblatex}\n\\addbibresource{t.bib}\n"
                + "\\begin{document}\n\\nocite{*}\n\\printbibliography\n\\end{document}\n");
        Run latex = ExternalTool.run(dir, ExternalTool.require("pdflatex").toString(), "-interaction=nonstopmode",
                "doc.tex");
        assertThat(latex.exit()).as(latex.output()).isZero();
        Run biber = ExternalTool.run(dir, ExternalTool.require("biber").toString(), "doc");
        assertThat(biber.exit()).as(biber.output()).isZero();
        String bbl = Files.readString(dir.resolve("doc.bbl"));
        List<String> printed = new ArrayList<>();
        Matcher title = Pattern.compile("\\\\field\\{title\\}\\{(.*)\\}\\s*$", Pattern.MULTILINE).matcher(bbl);
        while (title.find()) {
            printed.add(typography(LatexDecoder.decode(title.group(1))));
        }
        assertAsWritten(run, printed, "biblatex authoryear");
        // authoryear prints the title's own case: every title exactly as written
        assertThat(printed).containsExactlyInAnyOrderElementsOf(TITLES.get(run));
    }

    /** Every title printed once, its text as written without regard to case, and its names in their exact case. */
    private static void assertAsWritten(String run, List<String> printed, String route) {
        assertThat(printed).as("%s: one title per paper", route).hasSize(PAPERS);
        Map<String, String> byLowerCase = new HashMap<>();
        for (String t : TITLES.get(run)) {
            byLowerCase.put(t.toLowerCase(Locale.ROOT), t);
        }
        List<String> wrong = new ArrayList<>();
        for (String p : printed) {
            String written = byLowerCase.get(p.toLowerCase(Locale.ROOT));
            if (written == null) {
                wrong.add("not a title of the dump: " + p);
                continue;
            }
            Matcher name = NAME_SHAPED.matcher(written);
            while (name.find()) {
                if (!p.regionMatches(name.start(), name.group(), 0, name.group().length())) {
                    wrong.add("'" + name.group() + "' lost its case: " + p + "  (written: " + written + ")");
                }
            }
        }
        assertThat(wrong).as("%s, %s", route, run).isEmpty();
    }

    /** pandoc --citeproc, one printed reference a line; {@code style} from the test resources, or pandoc's own. */
    private List<String> pandoc(String bibliography, String style) throws Exception {
        Path pandoc = ExternalTool.require("pandoc");
        Files.writeString(dir.resolve("doc.md"), "---\nnocite: '@*'\n---\n");
        List<String> command = new ArrayList<>(List.of(pandoc.toString(), "--citeproc", "--bibliography",
                bibliography, "-t", "plain", "--wrap=none", "doc.md", "-o", "out.txt"));
        if (style != null) {
            Path csl = dir.resolve(style);
            Files.copy(Golden.projectDir().resolve("src/test/resources/csl").resolve(style), csl,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            command.add("--csl=" + csl);
        }
        Run run = ExternalTool.run(dir, command.toArray(String[]::new));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("WARNING");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.txt"))) {
            if (!line.isBlank()) {
                lines.add(style == null ? line : typography(line.strip()));
            }
        }
        return lines;
    }

    /** Dashes and quotes as typeset, compared as the dump's plain characters. */
    static String typography(String s) {
        return s.replace("\u2014", "---").replace("\u2013", "--").replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("\u201C", "\"").replace("\u201D", "\"").replace('\u00A0', ' ');
    }
}
