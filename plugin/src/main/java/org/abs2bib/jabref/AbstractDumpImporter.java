package org.abs2bib.jabref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import net.sf.jabref.logic.importer.Importer;
import net.sf.jabref.logic.importer.ParserResult;
import net.sf.jabref.logic.util.FileExtensions;
import net.sf.jabref.model.entry.BibEntry;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.write.BibTexWriter;

/**
 * A JabRef 3.8 custom importer for abstract dumps: every dump shape the abs2bib library reads, each entry with the
 * same key, title, abstract and keywords the command line gives.
 *
 * <p>JabRef closes the importer's class loader right after creating it, so a class or resource first needed later
 * fails with {@code NoClassDefFoundError} and the run hangs. The constructor therefore defines every class of this
 * jar and runs one small conversion, which reads the vocabulary, the category table and the part-of-speech model
 * while the loader is still open.
 */
public class AbstractDumpImporter extends Importer {
    private static final String WARM_UP = "Attention Is All You Need\nWe propose the Transformer, a network "
            + "architecture based on attention mechanisms. Experiments on translation show it is superior.\n"
            + "LoRA: Low-Rank Adaptation of Large Language Models\nWe propose low-rank adaptation for fine-tuning "
            + "large language models. It cuts trainable parameters by a factor of ten thousand.\n";
    /** Lines looked at to recognise a dump; a dump shows itself in its first papers. */
    private static final int RECOGNITION_LINES = 60;

    private final Abs2Bib abs2bib = new Abs2Bib(options(System.getProperties()));
    private final BibTexWriter writer = abs2bib.bibtexWriter();

    /**
     * The lookups are opt-in, as on the command line, through JabRef's Java options, since an importer has no dialog
     * of its own: {@code JABREF_JAVA_OPTS="-Dabs2bib.arxiv=true -Dabs2bib.published=true -Dabs2bib.mailto=ADDRESS"}.
     * Answers are cached where the command line caches them.
     */
    static Options options(java.util.Properties p) {
        Options o = Options.DEFAULT;
        if (Boolean.parseBoolean(p.getProperty("abs2bib.arxiv"))) {
            o = o.withLookup(o.lookup().withEnabled(true));
        }
        if (Boolean.parseBoolean(p.getProperty("abs2bib.published"))) {
            o = o.withPublished(o.published().withEnabled(true).withMailto(p.getProperty("abs2bib.mailto", ""))
                    .withCacheDirectory(o.lookup().cacheDirectory()));
        }
        return o;
    }

    public AbstractDumpImporter() {
        defineAllClasses();
        try {
            // with the defaults, whatever the options: warming up must not ask arXiv or anyone
            convert(new Abs2Bib(Options.DEFAULT), new BufferedReader(new StringReader(WARM_UP)), new ParserResult());
        } catch (IOException e) {
            throw new IllegalStateException("abs2bib importer could not start: " + e.getMessage(), e);
        }
    }

    /** Defines every class of this jar while JabRef's class loader is still open. */
    private static void defineAllClasses() {
        ClassLoader loader = AbstractDumpImporter.class.getClassLoader();
        Path jar;
        try {
            jar = Path.of(AbstractDumpImporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            return; // running from classes (tests): nothing closes this loader
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.contains("module-info")) {
                    continue;
                }
                try {
                    Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                } catch (Throwable e) {
                    // a class that needs an optional library we do not ship is never used by the importer
                }
            }
        } catch (IOException e) {
            // the warm-up below still loads what the importer uses
        }
    }

    @Override
    public String getName() {
        return "Abstract Dump";
    }

    @Override
    public String getId() {
        return "abstractdump";
    }

    @Override
    public FileExtensions getExtensions() {
        return FileExtensions.TXT;
    }

    @Override
    public String getDescription() {
        return "Paper titles with their abstracts, as copied from a trending-papers page, an arXiv listing or a "
                + "reading list (abs2bib).";
    }

    /**
     * Conservative, because JabRef asks custom importers first: only text whose first lines read as at least two
     * papers with abstracts, and that is none of the formats JabRef reads itself.
     */
    @Override
    public boolean isRecognizedFormat(BufferedReader reader) throws IOException {
        StringBuilder head = new StringBuilder();
        String line;
        int n = 0;
        while (n < RECOGNITION_LINES && (line = reader.readLine()) != null) {
            String t = line.strip();
            if (n == 0 && (t.startsWith("<") || t.startsWith("{") || t.startsWith("TY  -") || t.startsWith("%0"))) {
                return false;
            }
            if (t.startsWith("@") && t.contains("{")) {
                return false; // BibTeX
            }
            head.append(line).append('\n');
            n++;
        }
        try {
            Dump dump = Abs2Bib.read(new StringReader(head.toString()), "head");
            List<org.abs2bib.dump.Paper> papers = dump.papers();
            long withAbstracts = papers.stream().filter(org.abs2bib.dump.Paper::hasAbstract).count();
            return withAbstracts >= 2 || (papers.size() == 1 && withAbstracts == 1 && n < RECOGNITION_LINES
                    && head.toString().contains("Abstract"));
        } catch (DumpException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public ParserResult importDatabase(BufferedReader reader) throws IOException {
        ParserResult result = new ParserResult();
        try {
            List<BibEntry> entries = convert(reader, result);
            ParserResult filled = new ParserResult(entries);
            result.warnings().forEach(filled::addWarning);
            return filled;
        } catch (IOException e) {
            if (e.getCause() instanceof DumpException d) {
                return ParserResult.fromErrorMessage("abs2bib: " + d.located());
            }
            throw e;
        }
    }

    private List<BibEntry> convert(BufferedReader reader, ParserResult result) throws IOException {
        return convert(abs2bib, reader, result);
    }

    private List<BibEntry> convert(Abs2Bib converter, BufferedReader reader, ParserResult result) throws IOException {
        Dump dump;
        try {
            dump = Abs2Bib.read(reader, "import");
        } catch (DumpException e) {
            throw new IOException(e.located(), e);
        }
        Conversion conversion = converter.convert(List.of(dump));
        for (Diagnostic w : conversion.warnings()) {
            result.addWarning(w.toString());
        }
        List<BibEntry> entries = new ArrayList<>();
        for (Reference r : conversion.references()) {
            BibEntry e = new BibEntry(writer.type(r));
            e.setCiteKey(r.key());
            for (Map.Entry<String, String> f : writer.fields(r).entrySet()) {
                e.setField(f.getKey(), f.getValue());
            }
            entries.add(e);
        }
        return entries;
    }
}
