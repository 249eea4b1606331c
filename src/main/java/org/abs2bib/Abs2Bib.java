package org.abs2bib;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.abs2bib.bib.KeyRegistry;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Reference;
import org.abs2bib.bib.ReferenceMapper;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpReader;
import org.abs2bib.dump.Paper;
import org.abs2bib.pipeline.Pipeline;
import org.abs2bib.pipeline.StreamPlan;
import org.abs2bib.tag.KeyphraseExtractor;
import org.abs2bib.tag.Tagger;
import org.abs2bib.tag.Vocabulary;
import org.abs2bib.write.BibTexWriter;
import org.abs2bib.write.Header;
import org.abs2bib.write.JabRefGroups;
import org.abs2bib.write.Library;
import org.abs2bib.write.OutputFormat;
import org.abs2bib.write.ReferenceWriter;

/**
 * The library's entry point: abstract dumps in, references and BibTeX out.
 *
 * <pre>{@code
 * Abs2Bib abs2bib = new Abs2Bib(Options.DEFAULT);
 * Conversion c = abs2bib.convert(List.of(Abs2Bib.Input.of(Path.of("papers.txt"))));
 * abs2bib.write(c, writer);
 * }</pre>
 */
public final class Abs2Bib {
    private static final LatexText PLAIN = new LatexText(false);

    private final Options options;

    public Abs2Bib(Options options) {
        this.options = options;
        Tagger.preload(options.tags());
    }

    public Options options() {
        return options;
    }

    /** Reads one dump from bytes (UTF-8) or text. */
    public static Dump read(InputStream in, String source) throws IOException, DumpException {
        return DumpReader.read(in, source);
    }

    public static Dump read(Reader in, String source) throws IOException, DumpException {
        return DumpReader.read(in, source);
    }

    /** abs2bib's version, from the jar's manifest (Maven writes it from the pom). */
    public static String version() {
        String v = Abs2Bib.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** How abs2bib names itself to arXiv, as arXiv's terms ask. */
    public static String userAgent() {
        return "abs2bib/" + version() + " (BibTeX from abstract dumps; one request every 3 s)";
    }

    /** Converts dumps already read; keys are unique across all of them. */
    public Conversion convert(List<Dump> dumps) {
        return convert(dumps, settled -> { });
    }

    /**
     * Converts dumps already read, telling {@code progress} how many papers the arXiv lookup has settled (when one
     * runs); keys are unique across all dumps.
     */
    public Conversion convert(List<Dump> dumps, IntConsumer progress) {
        return new Pipeline(options).convert(dumps, progress);
    }

    /**
     * Starts a streamed conversion of files, for dumps too large for memory: reads every file once, checks it and
     * counts what tags need (a paper pasted twice costs two more reads: one to merge the copies, and the first pass,
     * tagging included, again over the merged entries); {@link #write(StreamPlan, Writer)} then reads them again and writes as it goes, the same bytes a
     * conversion in memory gives. There is no arXiv lookup in a streamed conversion.
     */
    public StreamPlan stream(List<Path> files) throws IOException, DumpException {
        return new Pipeline(options).plan(files, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * The top {@code n} statistical keyphrases of every paper, unfiltered, as the extractor ranks them: for
     * evaluating the extractor on one's own papers, and for scripts.
     */
    public static List<List<String>> keyphrases(List<Dump> dumps, int n) {
        KeyphraseExtractor extractor = new KeyphraseExtractor(KeyphraseExtractor.Scoring.DEFAULT);
        List<KeyphraseExtractor.Doc> docs = new ArrayList<>();
        for (Dump dump : dumps) {
            for (Paper p : dump.papers()) {
                KeyphraseExtractor.Doc d = extractor.analyze(PLAIN.plain(p.title()),
                        PLAIN.plain(p.abstractText()));
                extractor.count(d);
                docs.add(d);
            }
        }
        return docs.stream().map(d -> extractor.top(d, n).stream().map(KeyphraseExtractor.Phrase::text).toList())
                .toList();
    }

    /** The writer of the options' format (BibTeX, BibLaTeX or CSL-JSON). */
    public ReferenceWriter writer() {
        return options.format().writer(options.asciiOnly(), options.align(), options.keywordSeparator());
    }

    /** The BibTeX writer these options describe. */
    public BibTexWriter bibtexWriter() {
        return new BibTexWriter(options.asciiOnly(), options.align(), options.keywordSeparator());
    }

    /**
     * Plans adding a conversion's references to an existing library: papers it already has (same normalized title,
     * arXiv id or DOI) are left out; the others get keys unique in the whole library and go in before JabRef's meta
     * comments, every byte of the library kept. A second identical run adds nothing.
     */
    public MergePlan mergeInto(Library library, Conversion conversion) throws IOException {
        if (options.format() == OutputFormat.CSL_JSON) {
            throw new IllegalArgumentException("a .bib library takes bibtex or biblatex entries, not csl-json");
        }
        KeyRegistry keys = new KeyRegistry();
        library.keys().forEach(keys::reserve);
        ReferenceMapper rekey = new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(), keys);
        List<Reference> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Reference r : conversion.references()) {
            String existing = library.existingKey(r);
            if (existing != null) {
                skipped.add(r.source() + ":" + r.line() + ": already in the library as " + existing);
            } else {
                added.add(rekey.withKey(r));
            }
        }
        if (added.isEmpty()) {
            return new MergePlan(null, added, skipped);
        }
        ReferenceWriter writer = writer();
        StringWriter text = new StringWriter();
        text.write("\n% Added by abs2bib: " + added.size() + (added.size() == 1 ? " entry" : " entries") + "\n");
        for (Reference r : added) {
            writer.write(r, text);
        }
        return new MergePlan(library.with(text.toString()), added, skipped);
    }

    /** Writes the references in the options' format, ending with a newline. */
    public void write(Conversion conversion, Writer out) throws IOException {
        write(conversion, out, false);
    }

    /** Writes the references, then, with {@code groups}, a JabRef group tree built from their tags. */
    public void write(Conversion conversion, Writer out, boolean groups) throws IOException {
        ReferenceWriter writer = writer();
        List<Reference> references = conversion.references();
        writer.header(out, Header.text(references.size(), references.stream().filter(r -> r.authors().isEmpty())
                .count(), conversion.lookup()));
        for (Reference r : references) {
            writer.write(r, out);
        }
        writer.footer(out);
        Vocabulary tree = groupTree(groups);
        if (tree != null) {
            out.write(JabRefGroups.comments(references, tree));
        }
        out.flush();
    }

    /** Writes a streamed conversion: its second pass. Once only. */
    public void write(StreamPlan plan, Writer out) throws IOException, DumpException {
        write(plan, out, false);
    }

    /** Writes a streamed conversion, then, with {@code groups}, the JabRef group tree of its tags, as for one in memory. */
    public void write(StreamPlan plan, Writer out, boolean groups) throws IOException, DumpException {
        plan.write(writer(), out, groupTree(groups));
    }

    /** The vocabulary a JabRef group tree is built from, or null for none: not asked for, or CSL-JSON (no place). */
    private Vocabulary groupTree(boolean groups) {
        return groups && options.format() != OutputFormat.CSL_JSON ? options.tags().vocabulary() : null;
    }
}
