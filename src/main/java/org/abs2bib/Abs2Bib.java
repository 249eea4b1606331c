package org.abs2bib;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.bib.KeyRegistry;
import org.abs2bib.bib.Reference;
import org.abs2bib.bib.ReferenceMapper;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.DumpFormat;
import org.abs2bib.dump.DumpReader;
import org.abs2bib.dump.Paper;
import org.abs2bib.write.BibTexWriter;
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

    /** Converts dumps already read; keys are unique across all of them. */
    public Conversion convert(List<Dump> dumps) {
        ReferenceMapper mapper = new ReferenceMapper(options.keyPattern(), options.keyPatternWithoutAuthors(),
                new KeyRegistry());
        List<Reference> references = new ArrayList<>();
        List<DumpFormat> formats = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Dump dump : dumps) {
            formats.add(dump.format());
            warnings.addAll(dump.warnings());
            for (Paper paper : dump.papers()) {
                references.add(mapper.withKey(mapper.map(paper, fileName(dump.source())).build()));
            }
        }
        return new Conversion(references, formats, warnings);
    }

    /** Writes the references as BibTeX, ending with a newline. */
    public void write(Conversion conversion, Writer out) throws IOException {
        ReferenceWriter writer = new BibTexWriter(options.asciiOnly(), options.align(), options.keywordSeparator());
        writer.header(out, header(conversion));
        for (Reference r : conversion.references()) {
            writer.write(r, out);
        }
        writer.footer(out);
        out.flush();
    }

    /** Entries name their source file without its folder, so output does not depend on where abs2bib ran. */
    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static String header(Conversion c) {
        long withoutAuthors = c.references().stream().filter(r -> r.authors().isEmpty()).count();
        String header = "Made by abs2bib from an abstract dump: " + c.references().size() + " entries.";
        if (withoutAuthors > 0) {
            header += "\n" + withoutAuthors + " entries have no author or year: the dump did not give them and they"
                    + " were not looked up.";
        }
        return header;
    }
}
