package org.abs2bib.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.dump.Paper;

/** {@code --keyphrases N}: each paper's top keyphrases as JSON lines, for evaluating the extractor. */
final class KeyphraseCommand {
    private final Flags flags;
    private final InputStream stdin;
    private final PrintStream stdout;

    KeyphraseCommand(Flags flags, InputStream stdin, PrintStream stdout) {
        this.flags = flags;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    int run(Path outPath) throws UserError, DumpException, IOException {
        if (flags.keyphrases < 1) {
            throw new IllegalArgumentException("--keyphrases needs a number of at least 1");
        }
        List<Dump> dumps = Inputs.read(flags.files, stdin);
        List<List<String>> phrases = Abs2Bib.keyphrases(dumps, flags.keyphrases);
        ObjectMapper json = new ObjectMapper();
        Output.Body body = out -> {
            int k = 0;
            for (Dump d : dumps) {
                for (Paper p : d.papers()) {
                    ObjectNode line = json.createObjectNode().put("source", d.source()).put("line", p.line())
                            .put("title", p.title());
                    phrases.get(k++).forEach(line.putArray("keyphrases")::add);
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                }
            }
        };
        Output.to(outPath, stdout, body);
        return 0;
    }
}
