package org.abs2bib.dump;

import java.util.List;

/** What the reader made of one input: its papers in input order and the warnings it raised. */
public record Dump(String source, DumpFormat format, List<Paper> papers, List<Diagnostic> warnings) {
    public Dump {
        papers = List.copyOf(papers);
        warnings = List.copyOf(warnings);
    }
}
