package org.abs2bib.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.abs2bib.Conversion;
import org.abs2bib.bib.Reference;
import org.abs2bib.dump.Diagnostic;
import org.abs2bib.dump.Dump;
import org.abs2bib.lookup.Match;
import org.abs2bib.pipeline.StreamPlan;

/** The {@code --report} JSON: what a script needs to know about a run, papers pointed at by source and line. */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    static void write(Conversion c, List<Dump> dumps, Writer out) throws IOException {
        ObjectNode root = common(dumps.stream().map(d -> new StreamPlan.Input(d.source(), d.papers().size(),
                d.format())).toList(), c.references().size(), c.warnings());
        c.lookup().ifPresent(l -> {
            ObjectNode lookup = root.putObject("arxiv");
            lookup.put("matched", l.matched()).put("unmatched", l.matches().size() - l.matched())
                    .put("requests", l.requests()).put("retries", l.retries()).put("cacheHits", l.cacheHits());
            ArrayNode unmatched = lookup.putArray("unmatchedPapers");
            for (int k = 0; k < l.matches().size(); k++) {
                Match m = l.matches().get(k);
                Reference r = c.references().get(k);
                if (!m.matched()) {
                    unmatched.addObject().put("source", r.source()).put("line", r.line()).put("title", r.title())
                            .put("reason", m.reason());
                }
            }
            l.warnings().forEach(lookup.putArray("warnings")::add);
        });
        c.published().ifPresent(p -> {
            ObjectNode published = root.putObject("published");
            published.put("upgraded", p.published()).put("requests", p.requests()).put("cacheHits", p.cacheHits());
            ArrayNode papers = published.putArray("papers");
            for (int k = 0; k < p.decisions().size(); k++) {
                Reference r = c.references().get(k);
                if (!r.isArxiv()) {
                    continue;
                }
                papers.addObject().put("source", r.source()).put("line", r.line()).put("eprint", r.eprint())
                        .put("decision", p.decisions().get(k).state().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' '))
                        .put("reason", p.decisions().get(k).reason());
            }
            p.warnings().forEach(published.putArray("warnings")::add);
        });
        out.write(JSON.writeValueAsString(root));
        out.write('\n');
    }

    /** The report of a streamed conversion: the same fields as in memory (streaming makes no lookups). */
    static void write(StreamPlan plan, Writer out) throws IOException {
        ObjectNode root = common(plan.inputs(), plan.entries(), plan.warnings());
        out.write(JSON.writeValueAsString(root));
        out.write('\n');
    }

    /** What every report says: the inputs, how many entries, and the warnings. */
    private static ObjectNode common(List<StreamPlan.Input> read, int entries, List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode inputs = root.putArray("inputs");
        for (StreamPlan.Input in : read) {
            inputs.addObject().put("source", in.source()).put("papers", in.papers())
                    .put("format", in.format().description());
        }
        root.put("entries", entries);
        root.put("notPlaced", diagnostics.stream().filter(Diagnostic::isUnplaced).count());
        ArrayNode warnings = root.putArray("warnings");
        for (Diagnostic w : diagnostics) {
            warnings.addObject().put("source", w.source()).put("line", w.line()).put("message", w.message());
        }
        return root;
    }
}
