package org.abs2bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.abs2bib.bib.LatexText;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.Paper;
import org.abs2bib.tag.TagOptions;
import org.abs2bib.testing.LatexDecoder;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;

/**
 * Properties over generated dumps: any Unicode (astral characters, combining marks, CJK), LaTeX specials, braces,
 * {@code @ % #}, very long and empty lines. For every input the reader accepts, the output parses back (jbibtex)
 * into exactly the papers the reader detected, each title and abstract reading back as its text; keys are unique;
 * braces balance; converting twice gives the same bytes. An input the reader refuses is refused with a
 * {@link DumpException}, never another exception.
 */
class ConversionPropertiesTest {
    static final Options PLAIN = Options.DEFAULT.withTags(TagOptions.NONE).withMergeDuplicates(false);

    /** Text with no LaTeX in it: no backslash, dollar, tilde or backquote; anything else goes. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                + "0123456789 ").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> specials = Arbitraries.strings().withChars("{}%&#_^<>|@\"'.,;:!?()[]*-/=+").ofMinLength(1)
                .ofMaxLength(4);
        Arbitrary<String> unicode = Arbitraries.strings().withCharRange('\u00C0', '\u024F')
                .withCharRange('\u0400', '\u04FF').withCharRange('\u4E00', '\u4E2F').withChars("\u0301\u0308\u00A0")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> astral = Arbitraries.of("\uD83D\uDE80", "\uD835\uDCAE", "\uD83D\uDE00", "\uD800\uDF00");
        return Arbitraries.oneOf(latin, latin, latin, specials, unicode, astral).list().ofMinSize(1).ofMaxSize(12)
                .map(parts -> String.join(" ", parts));
    }

    /** Text that may hold arXiv-style LaTeX too. */
    @Provide
    Arbitrary<String> latexText() {
        Arbitrary<String> latex = Arbitraries.of("\\%", "\\&", "\\_", "\\textit{word}", "\\eg", "\\ours", "$x^2$",
                "$5 and $6", "e.g.~Word", "~4", "a\\b", "\\{x\\}", "``quoted''", "--", "\\\\", "\\", "}", "{", "$");
        return Combinators.combine(text(), latex, text()).as((a, b, c) -> a + " " + b + " " + c);
    }

    /** A generated dump and the number of papers written into it: the oracle for what the reader must find. */
    record Generated(String text, int papers) {
        @Override
        public String toString() {
            return papers + " papers: " + text;
        }
    }

    /**
     * A title as titles are: a capitalised word first, no sentence end, no longer than arXiv's longest; anything
     * else goes after it (specials, scripts, emoji).
     */
    @Provide
    Arbitrary<String> title() {
        Arbitrary<String> head = Arbitraries.strings().withCharRange('A', 'Z').ofLength(1)
                .flatMap(c -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10)
                        .map(rest -> c + rest));
        return Combinators.combine(head, text()).as((h, t) -> h + " " + t.replaceAll("[.!?。\\[\\]*#>]", ""))
                .map(t -> t.length() > 200 ? t.substring(0, 200).strip() : t);
    }

    @Provide
    Arbitrary<Generated> dump() {
        Arbitrary<String> paper = Combinators.combine(title(), text().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of("\n", "\n\n", "\r\n", "\n  \n")).as((title, sentences, gap) ->
                        title + "\n" + "We find " + String.join(". ", sentences)
                                + ". It is long enough to read as an abstract."
                                + gap);
        return paper.list().ofMinSize(1).ofMaxSize(8).map(ConversionPropertiesTest::numbered);
    }

    /**
     * The papers in one dump, each title led by its number: two papers of the same title are one paper pasted twice
     * (the reader merges them), which a generator must not make by accident.
     */
    private static Generated numbered(List<String> papers) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < papers.size(); k++) {
            text.append('P').append(k + 1).append(' ').append(papers.get(k));
        }
        return new Generated(text.toString(), papers.size());
    }

    @Provide
    Arbitrary<Generated> latexDump() {
        Arbitrary<String> paper = Combinators.combine(title(), latexText())
                .as((title, abs) -> title + "\nWe find " + abs + ". We show it. It works well on many tasks.\n");
        return paper.list().ofMinSize(1).ofMaxSize(6).map(ConversionPropertiesTest::numbered);
    }

    @Property(tries = 400)
    void plainTextRoundTripsExactly(@ForAll("dump") Generated dump) throws Exception {
        Checked c = accepted(dump, PLAIN);
        for (int k = 0; k < c.papers.size(); k++) {
            Paper p = c.papers.get(k);
            BibTeXEntry e = c.entries.get(k);
            assertThat(LatexDecoder.decode(e.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo(p.title());
            if (p.hasAbstract()) {
                assertThat(LatexDecoder.decode(e.getField(new Key("abstract")).toUserString()))
                        .isEqualTo(p.abstractText());
            }
        }
    }

    @Property(tries = 300)
    void latexReadsAsTheDocumentedRuleSays(@ForAll("latexDump") Generated dump) throws Exception {
        Checked c = accepted(dump, PLAIN);
        LatexText rule = new LatexText(false);
        for (int k = 0; k < c.papers.size(); k++) {
            Paper p = c.papers.get(k);
            BibTeXEntry e = c.entries.get(k);
            assertThat(LatexDecoder.decode(e.getField(BibTeXEntry.KEY_TITLE).toUserString()))
                    .isEqualTo(rule.title(p.title()).plain());
            if (p.hasAbstract()) {
                assertThat(LatexDecoder.decode(e.getField(new Key("abstract")).toUserString()))
                        .isEqualTo(rule.text(p.abstractText()).plain());
            }
        }
    }

    @Property(tries = 150)
    void latexAccentsModeReadsBackTheSame(@ForAll("dump") Generated dump) throws Exception {
        Checked c = accepted(dump, PLAIN.withAsciiOnly(true));
        for (int k = 0; k < c.papers.size(); k++) {
            assertThat(LatexDecoder.decode(c.entries.get(k).getField(BibTeXEntry.KEY_TITLE).toUserString()))
                    .isEqualTo(c.papers.get(k).title());
        }
    }

    @Property(tries = 60)
    void withEveryTagSourceTheOutputStillReadsBack(@ForAll("dump") Generated dump) throws Exception {
        Checked c = accepted(dump, Options.DEFAULT.withMergeDuplicates(false));
        for (int k = 0; k < c.papers.size(); k++) {
            BibTeXEntry e = c.entries.get(k);
            assertThat(LatexDecoder.decode(e.getField(BibTeXEntry.KEY_TITLE).toUserString()))
                    .isEqualTo(c.papers.get(k).title());
            org.jbibtex.Value keywords = e.getField(new Key("keywords"));
            if (keywords != null) {
                assertThat(LatexDecoder.decode(keywords.toUserString()).split(",\\s*")).doesNotContain("");
            }
        }
    }

    /** A generated dump is a dump: the reader must accept it and find every paper written into it. */
    static Checked accepted(Generated dump, Options options) throws Exception {
        Checked c = convert(dump.text(), options);
        assertThat(c).as("the reader refused a generated dump").isNotNull();
        assertThat(c.papers).as("papers found in a dump of %d", dump.papers()).hasSize(dump.papers());
        return c;
    }

    @Property(tries = 200)
    void anyTextIsConvertedOrRefusedCleanly(@ForAll String anything) throws Exception {
        convert(anything, PLAIN);
    }

    record Checked(List<Paper> papers, List<BibTeXEntry> entries) {
    }

    /** Converts, checks what holds for every input, and returns papers beside entries; null when refused. */
    static Checked convert(String text, Options options) throws Exception {
        Dump dump;
        try {
            dump = Abs2Bib.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "gen.txt");
        } catch (DumpException e) {
            assertThat(e.located()).startsWith("gen.txt");
            return null;
        }
        Abs2Bib abs2bib = new Abs2Bib(options);
        String bib = write(abs2bib, dump);
        assertThat(write(abs2bib, dump)).as("converting twice gives the same bytes").isEqualTo(bib);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        List<BibTeXEntry> entries = List.copyOf(db.getEntries().values());
        for (BibTeXEntry e : entries) {
            for (var field : e.getFields().entrySet()) {
                // as BibTeX reads a field: by depth, which "}{" breaks though it balances by count
                int depth = 0;
                for (char ch : field.getValue().toUserString().toCharArray()) {
                    depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                    assertThat(depth).as("brace depth in %s of %s", field.getKey(), e.getKey()).isNotNegative();
                }
                assertThat(depth).as("braces close in %s of %s", field.getKey(), e.getKey()).isZero();
            }
        }
        assertThat(entries).as("one entry per paper the reader found").hasSize(dump.papers().size());
        Set<String> keys = new HashSet<>();
        for (BibTeXEntry e : entries) {
            assertThat(keys.add(e.getKey().getValue().toLowerCase(Locale.ROOT))).as("unique key").isTrue();
            assertThat(e.getKey().getValue()).matches("[A-Za-z0-9]+");
        }
        return new Checked(dump.papers(), entries);
    }

    private static String write(Abs2Bib abs2bib, Dump dump) throws Exception {
        StringWriter out = new StringWriter();
        abs2bib.write(abs2bib.convert(List.of(dump)), out);
        return out.toString();
    }
}
