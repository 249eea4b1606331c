package org.abs2bib.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --help} with the options under headings, in the order a user needs them, instead of one list of thirty.
 * Every option is in exactly one group (a test checks it, so a new flag cannot go missing from the help).
 */
final class HelpGroups {
    static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Input and output", List.of("--output", "--force", "--format", "--report", "--quiet", "--verbose"));
        GROUPS.put("Citation keys and layout", List.of("--key-pattern", "--key-pattern-without-authors",
                "--latex-accents", "--align", "--keyword-separator"));
        GROUPS.put("Keyword tags", List.of("--tags", "--max-tags", "--max-keyphrases", "--max-tag-coverage",
                "--vocabulary", "--replace-vocabulary", "--tag-hierarchy", "--jabref-groups", "--keyphrases"));
        GROUPS.put("Authors, year and ids from arXiv", List.of("--arxiv", "--arxiv-url", "--arxiv-delay",
                "--arxiv-timeout", "--cache", "--no-cache", "--offline"));
        GROUPS.put("Published versions", List.of("--published", "--venue-style", "--s2-url", "--crossref-url",
                "--published-delay", "--mailto"));
        GROUPS.put("Your library", List.of("--merge", "--backup", "--duplicates"));
        GROUPS.put("Help", List.of("--help", "--version"));
    }

    private HelpGroups() {
    }

    static String render(CommandLine.Help help) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            CommandLine.Help.Layout layout = help.createDefaultLayout();
            for (String name : group.getValue()) {
                OptionSpec option = help.commandSpec().findOption(name);
                if (option == null) {
                    throw new IllegalStateException("--help names an option that does not exist: " + name);
                }
                layout.addOption(option, help.createDefaultParamLabelRenderer());
            }
            out.append(System.lineSeparator()).append(group.getKey()).append(':').append(System.lineSeparator())
                    .append(layout);
        }
        return out.toString();
    }

    /** The options of the command that no group names. */
    static List<String> ungrouped(CommandLine.Model.CommandSpec spec) {
        List<String> missing = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (GROUPS.values().stream().noneMatch(names -> names.contains(o.longestName()))) {
                missing.add(o.longestName());
            }
        }
        return missing;
    }
}
