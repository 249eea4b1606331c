package org.abs2bib.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Options;
import org.abs2bib.lookup.ArxivCache;
import org.abs2bib.lookup.ArxivClient;
import org.abs2bib.lookup.LookupOptions;
import org.abs2bib.tag.TagOptions;
import org.abs2bib.tag.TagSource;
import org.abs2bib.tag.Vocabulary;
import org.abs2bib.tag.VocabularyException;
import org.abs2bib.venue.PublishedOptions;
import org.abs2bib.write.OutputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Every flag of the command, as picocli sets them, and their translation into the library's {@link Options}: the
 * one place a flag's meaning and its checks live. Flags and their help text are the command's interface; change
 * them only with the README.
 */
final class Flags {
    @Parameters(paramLabel = "FILE", description = "Dump files to read; '-' or none reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output; '-' is standard output.")
    String output = "-";

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "bibtex (default), biblatex (@online, date, eprinttype) or csl-json (Zotero, Pandoc).")
    String format = "bibtex";

    @Option(names = "--key-pattern", paramLabel = "PATTERN",
            description = "Citation-key pattern in JabRef's language (default: ${DEFAULT-VALUE}).")
    String keyPattern = Options.DEFAULT.keyPattern().toString();

    @Option(names = "--key-pattern-without-authors", paramLabel = "PATTERN",
            description = "Key pattern while authors are unknown (default: ${DEFAULT-VALUE}: the name before the "
                    + "title's colon, else its first three significant words).")
    String keyPatternWithoutAuthors = Options.DEFAULT.keyPatternWithoutAuthors().toString();

    @Option(names = "--latex-accents",
            description = "Write non-ASCII letters as LaTeX accents ({\\\"u}) for classic 8-bit BibTeX; default UTF-8.")
    boolean latexAccents;

    @Option(names = "--align", paramLabel = "N",
            description = "Pad field names so '=' lines up after column N (default: ${DEFAULT-VALUE}).")
    int align = Options.DEFAULT.align();

    @Option(names = "--keyword-separator", paramLabel = "SEP",
            description = "Separator between keywords (default: '${DEFAULT-VALUE}', as JabRef).")
    String keywordSeparator = Options.DEFAULT.keywordSeparator();

    @Option(names = "--tags", paramLabel = "LIST", split = ",",
            description = "Tag sources, comma-separated: vocab (topic vocabulary), phrases (keyphrases), arxiv "
                    + "(categories, after a lookup); 'none' for no keywords (default: ${DEFAULT-VALUE}).")
    List<String> tagSources = List.of("vocab", "phrases", "arxiv");

    @Option(names = "--max-tags", paramLabel = "N", description = "At most N tags an entry (default: ${DEFAULT-VALUE}).")
    int maxTags = TagOptions.DEFAULT.maxTags();

    @Option(names = "--max-keyphrases", paramLabel = "N",
            description = "At most N of them statistical keyphrases (default: ${DEFAULT-VALUE}).")
    int maxPhrases = TagOptions.DEFAULT.maxPhrases();

    @Option(names = "--max-tag-coverage", paramLabel = "SHARE",
            description = "Drop a tag found on more than this share of a dump of 20+ papers, except where the "
                    + "paper's title names it (default: ${DEFAULT-VALUE}).")
    double maxCoverage = TagOptions.DEFAULT.maxCoverage();

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Your topic vocabulary (tab-separated: tag, aliases separated by |, optional parent); it "
                    + "extends the default one.")
    Path vocabularyFile;

    @Option(names = "--replace-vocabulary", description = "Use --vocabulary instead of the default vocabulary.")
    boolean replaceVocabulary;

    @Option(names = "--tag-hierarchy",
            description = "Write vocabulary tags with their parents (fine-tuning > LoRA) for JabRef's nested groups.")
    boolean tagHierarchy;

    @Option(names = "--keyphrases", paramLabel = "N",
            description = "Instead of BibTeX, write each paper's top N keyphrases as JSON lines (for evaluation).")
    Integer keyphrases;

    @Option(names = "--arxiv", description = "Ask arXiv for authors, year, eprint id, category and DOI (one request "
            + "every 3 s, many titles a request; answers cached).")
    boolean arxiv;

    @Option(names = "--arxiv-url", paramLabel = "URL", description = {"arXiv API endpoint; default:",
        "${DEFAULT-VALUE}"})
    URI arxivUrl = ArxivClient.Settings.ARXIV;

    @Option(names = "--arxiv-delay", paramLabel = "SECONDS",
            description = "Seconds between two requests (default: ${DEFAULT-VALUE}, arXiv's terms; lower only for "
                    + "a server of your own).")
    double arxivDelay = 3;

    @Option(names = "--arxiv-timeout", paramLabel = "SECONDS",
            description = "Seconds to wait for an answer before trying again (default: ${DEFAULT-VALUE}).")
    double arxivTimeout = 60;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep arXiv's answers in DIR (default: $XDG_CACHE_HOME/abs2bib or ~/.cache/abs2bib).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the cache.")
    boolean noCache;

    @Option(names = "--offline", description = "With --arxiv: answer from the cache only, make no request.")
    boolean offline;

    @Option(names = "--published", description = "Find where arXiv papers were published (Semantic Scholar, "
            + "Crossref) and write the published version: @inproceedings or @article, confirmed by identifier, "
            + "never by a title search; the preprint stays where nothing confirms it.")
    boolean published;

    @Option(names = "--s2-url", paramLabel = "URL",
            description = {"Semantic Scholar Graph API base; a key, if you have one, from the environment variable "
                + "S2_API_KEY; default:", "${DEFAULT-VALUE}"})
    URI s2Url = PublishedOptions.SEMANTIC_SCHOLAR;

    @Option(names = "--crossref-url", paramLabel = "URL", description = {"Crossref API base; default:",
        "${DEFAULT-VALUE}"})
    URI crossrefUrl = PublishedOptions.CROSSREF;

    @Option(names = "--published-delay", paramLabel = "SECONDS",
            description = "Seconds between two requests to one service (default: ${DEFAULT-VALUE}).")
    double publishedDelay = 1;

    @Option(names = "--mailto", paramLabel = "ADDRESS",
            description = "Your e-mail address for Crossref's polite pool (default: the environment variable "
                    + "ABS2BIB_MAILTO, else none).")
    String mailto = System.getenv().getOrDefault("ABS2BIB_MAILTO", "");

    @Option(names = "--venue-style", paramLabel = "STYLE",
            description = "full (default: the venue's name as its publisher gives it) or short (ICLR 2025, NeurIPS "
                    + "2023, Findings of ACL 2024).")
    String venueStyle = "full";

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write a JSON report: papers, entries, matched and unmatched papers with their lines "
                    + "and reasons, requests, cache hits, retries, warnings.")
    Path report;

    @Option(names = "--merge", paramLabel = "LIBRARY",
            description = "Add the papers to an existing .bib file (in place, atomically; or to -o): papers it "
                    + "already has are left out, every byte of it is kept.")
    Path merge;

    @Option(names = "--backup", description = "With --merge: first copy the library to LIBRARY.<time>.bak.")
    boolean backup;

    @Option(names = "--duplicates", paramLabel = "MODE",
            description = "A paper pasted twice: merge (default: one entry, reported) or keep (two entries).")
    String duplicates = "merge";

    @Option(names = "--jabref-groups",
            description = "Append a JabRef group tree built from the tags (nested by the vocabulary's parents).")
    boolean jabrefGroups;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary; warnings and errors still go to stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "List every piece of the input that was not read as a paper; print a "
            + "stack trace with an unexpected error.")
    boolean verbose;

    /** The library's options these flags ask for; a bad combination or value is a usage error. */
    Options options() throws UserError, IOException {
        return Options.DEFAULT.withKeyPattern(keyPattern)
                .withKeyPatternWithoutAuthors(keyPatternWithoutAuthors).withAsciiOnly(latexAccents).withAlign(align)
                .withKeywordSeparator(keywordSeparator).withTags(tagOptions()).withLookup(lookupOptions())
                .withFormat(OutputFormat.parse(format)).withMergeDuplicates(duplicatesMode())
                .withPublished(publishedOptions());
    }

    private PublishedOptions publishedOptions() {
        if ((s2Url != PublishedOptions.SEMANTIC_SCHOLAR || crossrefUrl != PublishedOptions.CROSSREF
                || !venueStyle.equals("full")) && !published) {
            throw new IllegalArgumentException("--s2-url, --crossref-url and --venue-style go with --published");
        }
        if (!venueStyle.equals("full") && !venueStyle.equals("short")) {
            throw new IllegalArgumentException("--venue-style takes full or short, not " + venueStyle);
        }
        if (!(publishedDelay >= 0 && publishedDelay <= 600)) {
            throw new IllegalArgumentException("--published-delay takes 0 to 600 seconds");
        }
        return PublishedOptions.off(Abs2Bib.userAgent()).withEnabled(published).withServices(s2Url, crossrefUrl)
                .withPause(Duration.ofMillis(Math.round(publishedDelay * 1000))).withMailto(mailto.strip())
                .withS2Key(System.getenv().getOrDefault("S2_API_KEY", "").strip()).withShortNames(
                        venueStyle.equals("short"))
                .withCacheDirectory(noCache ? null : cacheDir != null ? cacheDir : ArxivCache.defaultDirectory());
    }

    private TagOptions tagOptions() throws UserError, IOException {
        Vocabulary vocabulary = Vocabulary.defaults();
        if (vocabularyFile != null) {
            if (!Files.isRegularFile(vocabularyFile)) {
                throw new UserError(vocabularyFile + ": no such vocabulary file");
            }
            try (Reader r = Files.newBufferedReader(vocabularyFile, StandardCharsets.UTF_8)) {
                vocabulary = Vocabulary.parse(r, vocabularyFile.toString(),
                        replaceVocabulary ? Vocabulary.empty() : vocabulary);
            } catch (VocabularyException e) {
                throw new UserError(e.getMessage());
            } catch (CharacterCodingException e) {
                throw new UserError(vocabularyFile + ": not valid UTF-8; save the vocabulary as UTF-8");
            }
        } else if (replaceVocabulary) {
            throw new IllegalArgumentException("--replace-vocabulary needs --vocabulary FILE");
        }
        return TagOptions.DEFAULT.withSources(TagSource.parse(String.join(",", tagSources))).withVocabulary(vocabulary)
                .withMaxTags(maxTags).withMaxPhrases(maxPhrases).withMaxCoverage(maxCoverage)
                .withHierarchy(tagHierarchy);
    }

    private boolean duplicatesMode() {
        return switch (duplicates) {
            case "merge" -> true;
            case "keep" -> false;
            default -> throw new IllegalArgumentException("--duplicates takes merge or keep, not " + duplicates);
        };
    }

    private LookupOptions lookupOptions() {
        if ((noCache || cacheDir != null) && !arxiv && !published) {
            throw new IllegalArgumentException("--cache and --no-cache go with --arxiv or --published");
        }
        if (offline && !arxiv) {
            throw new IllegalArgumentException("--offline goes with --arxiv (with --published the cache is always asked first)");
        }
        if (offline && noCache) {
            throw new IllegalArgumentException("--offline answers from the cache, so it cannot go with --no-cache");
        }
        if (!(arxivDelay >= 0 && arxivDelay <= 600) || !(arxivTimeout > 0 && arxivTimeout <= 3600)) {
            throw new IllegalArgumentException("--arxiv-delay takes 0 to 600 seconds, --arxiv-timeout 0 to 3600");
        }
        ArxivClient.Settings client = ArxivClient.Settings.defaults(Abs2Bib.userAgent()).withEndpoint(arxivUrl)
                .withMinInterval(Duration.ofMillis(Math.round(arxivDelay * 1000)))
                .withResponseTimeout(Duration.ofMillis(Math.round(arxivTimeout * 1000)));
        return LookupOptions.off(Abs2Bib.userAgent()).withEnabled(arxiv).withClient(client).withOffline(offline)
                .withCacheDirectory(noCache ? null : cacheDir != null ? cacheDir : ArxivCache.defaultDirectory());
    }
}
