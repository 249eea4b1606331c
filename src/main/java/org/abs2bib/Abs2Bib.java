package org.abs2bib;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.bib.ArxivFields;
import org.abs2bib.bib.Duplicates;
import org.abs2bib.bib.KeyRegistry;
import org.abs2bib.bib.LatexText;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.abs2bib.bib.ReferenceMapper;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.dump.DumpReader;
import org.abs2bib.dump.Paper;
import org.abs2bib.lookup.ArxivCache;
import org.abs2bib.lookup.ArxivClient;
import org.abs2bib.lookup.ArxivLookup;
import org.abs2bib.lookup.ArxivRecord;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.lookup.LookupReport;
import org.abs2bib.lookup.Match;
import org.abs2bib.lookup.Query;
import org.abs2bib.tag.ArxivCategories;
import org.abs2bib.tag.KeyphraseExtractor;
import org.abs2bib.tag.Tagger;
import org.abs2bib.lookup.Titles;
import org.abs2bib.write.BibTexWriter;
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
        ReferenceMapper mapper = new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(),
                new KeyRegistry());
        List<Reference> drafts = new ArrayList<>();
        List<DumpFormat> formats = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Dump dump : dumps) {
            formats.add(dump.format());
            warnings.addAll(dump.warnings());
            for (Paper paper : dump.papers()) {
                drafts.add(mapper.map(paper, fileName(dump.source())).build());
            }
        }
        if (options.mergeDuplicates()) {
            Duplicates.Result d = Duplicates.merge(drafts);
            drafts = d.references();
            warnings.addAll(d.merged());
        }
        Optional<LookupReport> lookup = Optional.empty();
        if (options.lookup().enabled()) {
            LookupReport report = lookup(drafts, progress);
            lookup = Optional.of(report);
            List<Reference> filled = new ArrayList<>(drafts.size());
            for (int k = 0; k < drafts.size(); k++) {
                Match m = report.matches().get(k);
                filled.add(m.matched() ? ArxivFields.fill(drafts.get(k), m.record().get()) : drafts.get(k));
            }
            drafts = filled;
        }
        List<List<String>> tags = tags(drafts, lookup);
        List<Reference> references = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            references.add(mapper.withKey(drafts.get(k).toBuilder().keywords(tags.get(k)).build()));
        }
        return new Conversion(references, formats, warnings, lookup);
    }

    private LookupReport lookup(List<Reference> drafts, IntConsumer progress) {
        LookupOptions o = options.lookup();
        List<String> cacheWarnings = new ArrayList<>();
        ArxivCache cache = o.cacheDirectory() == null ? ArxivCache.none()
                : ArxivCache.in(o.cacheDirectory(), Clock.systemUTC(), cacheWarnings::add);
        LatexText plain = PLAIN;
        List<Query> queries = drafts.stream().map(r -> new Query(plain.plain(r.title()),
                r.authors().stream().map(Name::bibtex).toList(), r.year(), r.eprint())).toList();
        try (ArxivClient client = o.offline() ? null : new ArxivClient(o.client())) {
            LookupReport report = new ArxivLookup(client, cache, progress).lookup(queries);
            cache.save();
            List<String> all = new ArrayList<>(cacheWarnings);
            all.addAll(report.warnings());
            return new LookupReport(report.matches(), report.requests(), report.retries(), report.cacheHits(), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tags every reference, looking at all of them at once (a tag on most of a dump is dropped). */
    private List<List<String>> tags(List<Reference> references, Optional<LookupReport> lookup) {
        if (options.tags().sources().isEmpty()) {
            return references.stream().map(r -> List.<String>of()).toList();
        }
        List<Tagger.Input> inputs = new ArrayList<>();
        for (int k = 0; k < references.size(); k++) {
            inputs.add(tagInput(references.get(k), categories(references.get(k), lookup, k)));
        }
        return new Tagger(options.tags()).tag(inputs);
    }

    /** What the tagger reads of a reference: its title and abstract as plain text, and its arXiv categories. */
    static Tagger.Input tagInput(Reference r, List<String> categories) {
        LatexText plain = PLAIN;
        return new Tagger.Input(plain.plain(r.title()), plain.plain(r.abstractText()), categories);
    }

    private static final LatexText PLAIN = new LatexText(false);

    /** arXiv's categories of a matched paper (its primary first); else the one a labelled dump named. */
    private static List<String> categories(Reference r, Optional<LookupReport> lookup, int k) {
        Optional<ArxivRecord> record = lookup.flatMap(l -> l.matches().get(k).record());
        if (record.isPresent()) {
            return record.get().categories().stream().filter(ArxivCategories::isKnown).toList();
        }
        return r.primaryClass().isEmpty() ? List.of() : List.of(r.primaryClass());
    }

    /**
     * The top {@code n} statistical keyphrases of every paper, unfiltered, as the extractor ranks them: for
     * evaluating the extractor on one's own papers, and for scripts.
     */
    public static List<List<String>> keyphrases(List<Dump> dumps, int n) {
        LatexText plain = PLAIN;
        KeyphraseExtractor extractor = new KeyphraseExtractor(KeyphraseExtractor.Scoring.DEFAULT);
        List<KeyphraseExtractor.Doc> docs = new ArrayList<>();
        for (Dump dump : dumps) {
            for (Paper p : dump.papers()) {
                KeyphraseExtractor.Doc d = extractor.analyze(plain.plain(p.title()),
                        plain.plain(p.abstractText()));
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
        LatexText plain = PLAIN;
        List<Reference> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Reference r : conversion.references()) {
            String existing = library.existingKey(Titles.normalize(plain.plain(r.title())), r.eprint(),
                    r.doi().startsWith("10.48550/") ? "" : r.doi());
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
        writer.header(out, header(conversion));
        for (Reference r : conversion.references()) {
            writer.write(r, out);
        }
        writer.footer(out);
        if (groups && options.format() != OutputFormat.CSL_JSON) {
            out.write(JabRefGroups.comments(conversion.references(), options.tags().vocabulary()));
        }
        out.flush();
    }

    /**
     * Entries name their source file without its folder, so output does not depend on where abs2bib ran.
     */
    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static String header(Conversion c) {
        String why = c.lookup().map(l -> l.nothingReached()
                ? "arXiv could not be reached (run again when online: the cache keeps what is found)"
                : "arXiv did not match them (--report says why, paper by paper)").orElse("they were not looked up");
        return header(c.references().size(), c.references().stream().filter(r -> r.authors().isEmpty()).count(),
                why);
    }

    static String header(int entries, long withoutAuthors) {
        return header(entries, withoutAuthors, "they were not looked up");
    }

    /** The file's opening comment: how many entries, and, truthfully, why some have no authors. */
    static String header(int entries, long withoutAuthors, String whyNoAuthors) {
        String header = "Made by abs2bib from an abstract dump: " + entries + (entries == 1 ? " entry." : " entries.");
        if (withoutAuthors > 0) {
            header += "\n" + withoutAuthors + (withoutAuthors == 1 ? " entry has" : " entries have")
                    + " no author or year: the dump did not give them and " + whyNoAuthors + ".";
        }
        return header;
    }
}
