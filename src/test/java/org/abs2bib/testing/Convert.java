package org.abs2bib.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.Options;
import org.abs2bib.dump.DumpException;

/** Runs the library on a file the way the CLI does. */
public final class Convert {
    private Convert() {
    }

    public static Conversion conversion(Path dump, Options options) throws IOException, DumpException {
        try (InputStream in = Files.newInputStream(dump)) {
            return new Abs2Bib(options).convert(List.of(Abs2Bib.read(in, dump.getFileName().toString())));
        }
    }

    public static String bibtex(Path dump, Options options) throws IOException, DumpException {
        Abs2Bib abs2bib = new Abs2Bib(options);
        StringWriter out = new StringWriter();
        abs2bib.write(conversion(dump, options), out);
        return out.toString();
    }
}
