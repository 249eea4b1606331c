package org.abs2bib.venue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.abs2bib.bib.Name;
import org.abs2bib.bib.Reference;
import org.abs2bib.internal.SharedPace;

/**
 * The published-version stage ({@code --published}): for each arXiv paper, whether and where it was published,
 * confirmed by a record reached by identifier, never by a title search. One Semantic Scholar batch request finds
 * the identifiers of up to 500 papers; Crossref confirms publisher DOIs (and ACL Anthology ones) 50 a request; a DBLP
 * conference key names a DOI-less venue. A paper is upgraded only when the confirming record shares an author with
 * it, is a journal or proceedings paper, not a workshop's, not retracted, and dated from its v1 year to three years
 * later; everything else stays the preprint, with its reason in the report.
 */
public final class PublishedLookup {
    /** The decision for every reference (in order), and what it cost. */
    public record Report(List<Decision> decisions, int requests, int cacheHits, List<String> warnings) {
        public Report {
            decisions = List.copyOf(decisions);
            warnings = List.copyOf(warnings);
        }

        public long published() {
            return decisions.stream().filter(d -> d.state() == Decision.State.PUBLISHED).count();
        }
    }

    /** The references, upgraded where published, beside the report. */
    public record Result(List<Reference> references, Report report) {
        public Result {
            references = List.copyOf(references);
        }
    }

    private static final Pattern WORKSHOP = Pattern.compile(
            "(?i)\\bworkshops?\\b|\\bcompanion\\b|student research|doctoral|\\bsrw\\b|tiny papers");
    private static final Set<String> PAPER_TYPES = Set.of("journal-article", "proceedings-article");
    private static final String ARXIV_DOI = "10.48550/";
    /** The reason given for a paper without an arXiv id: nothing to look up. */
    public static final String NO_ID = "no arXiv id";

    private PublishedLookup() {
    }

    public static Result lookUp(List<Reference> references, PublishedOptions options) {
        List<String> warnings = new ArrayList<>();
        Path folder = options.cacheDirectory() == null ? null : cacheFolder(options.cacheDirectory(), warnings);
        VenueCache cache = folder == null ? VenueCache.none() : VenueCache.in(folder, Clock.systemUTC(), warnings::add);
        Map<String, Decision> decided = new HashMap<>();
        int cacheHits = 0;
        Set<String> ask = new LinkedHashSet<>();
        for (Reference r : references) {
            String id = id(r);
            if (id.isEmpty() || r.isPublished() || decided.containsKey(id)) {
                continue;
            }
            Optional<Decision> cached = cache.get(id);
            if (cached.isPresent()) {
                decided.put(id, cached.get());
                cacheHits++;
            } else {
                ask.add(id);
            }
        }
        int requests = 0;
        if (!ask.isEmpty()) {
            Path pace = SharedPace.folderFor(options.cacheDirectory());
            Map<String, String> s2Headers = options.s2Key().isEmpty() ? Map.of() : Map.of("x-api-key", options.s2Key());
            try (JsonService s2 = new JsonService("Semantic Scholar", options.pause(), options.timeout(),
                    options.userAgent(), s2Headers, pace);
                 JsonService cr = new JsonService("Crossref", options.pause(), options.timeout(),
                         options.userAgent() + (options.mailto().isEmpty() ? "" : " (mailto:" + options.mailto() + ")"),
                         Map.of(), pace)) {
                Map<String, Reference> byId = new HashMap<>();
                references.forEach(r -> byId.putIfAbsent(id(r), r));
                decide(new ArrayList<>(ask), byId, new SemanticScholar(s2, options.semanticScholar()),
                        new Crossref(cr, options.crossref(), options.mailto()), options.shortNames(), decided);
                requests = s2.requests() + cr.requests();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ask.forEach(id -> cache.put(id, decided.get(id)));
            cache.save();
        }
        List<Reference> out = new ArrayList<>(references.size());
        List<Decision> decisions = new ArrayList<>(references.size());
        for (Reference r : references) {
            String id = id(r);
            Decision d = r.isPublished() ? Decision.notPublished("already a published entry")
                    : id.isEmpty() ? Decision.notPublished(NO_ID + " (--arxiv finds it from the title)")
                    : decided.get(id);
            decisions.add(d);
            out.add(d.publication().map(p -> apply(r, p)).orElse(r));
        }
        return new Result(out, new Report(decisions, requests, cacheHits, warnings));
    }

    private static Path cacheFolder(Path dir, List<String> warnings) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            warnings.add("cache folder " + dir + " cannot be created (" + e.getMessage() + ")");
            return null;
        }
    }

    private static void decide(List<String> ids, Map<String, Reference> byId, SemanticScholar s2, Crossref crossref,
                               boolean shortNames, Map<String, Decision> decided) {
        Map<String, SemanticScholar.Paper> found;
        try {
            found = s2.byArxivIds(ids);
        } catch (JsonService.Failed e) {
            ids.forEach(id -> decided.put(id, Decision.unknown(e.getMessage() + "; the preprint is kept")));
            return;
        }
        Set<String> dois = new LinkedHashSet<>();
        for (SemanticScholar.Paper p : found.values()) {
            dois.addAll(candidateDois(p, byId.get(p.arxivId())));
        }
        Map<String, Crossref.Work> works = Map.of();
        String crossrefFailed = null;
        if (!dois.isEmpty()) {
            try {
                works = crossref.works(new ArrayList<>(dois));
            } catch (JsonService.Failed e) {
                crossrefFailed = e.getMessage();
            }
        }
        for (String id : ids) {
            decided.put(id, decide(byId.get(id), found.get(id), works, crossrefFailed, shortNames));
        }
    }

    /** A publisher DOI (S2's or the one arXiv holds) and an ACL Anthology id's DOI: what Crossref can confirm. */
    private static List<String> candidateDois(SemanticScholar.Paper p, Reference r) {
        Set<String> dois = new LinkedHashSet<>();
        for (String d : List.of(p.doi(), r == null ? "" : r.doi())) {
            String doi = d.strip().toLowerCase(Locale.ROOT);
            if (!doi.isEmpty() && !doi.startsWith(ARXIV_DOI)) {
                dois.add(doi);
            }
        }
        if (!p.acl().isEmpty()) {
            dois.add("10.18653/v1/" + p.acl().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(dois);
    }

    static Decision decide(Reference r, SemanticScholar.Paper p, Map<String, Crossref.Work> works,
                           String crossrefFailed, boolean shortNames) {
        String id = id(r);
        if (p == null) {
            return Decision.notPublished("Semantic Scholar has no record of arXiv:" + id);
        }
        Set<String> names = surnames(r.authors().stream().map(Name::family).toList());
        Set<String> s2Names = surnames(p.authors());
        if (!names.isEmpty() && !s2Names.isEmpty() && disjoint(names, s2Names)) {
            return Decision.notPublished("Semantic Scholar's record for arXiv:" + id + " names other authors; not "
                    + "trusted");
        }
        Set<String> authors = names.isEmpty() ? s2Names : names;
        if (WORKSHOP.matcher(p.venue()).find()) {
            return Decision.notPublished("a workshop paper (" + p.venue() + "): kept as the preprint");
        }
        int v1 = v1Year(r, id);
        List<String> why = new ArrayList<>();
        Publication byDoi = null;
        for (String doi : candidateDois(p, r)) {
            Crossref.Work w = works.get(doi);
            if (w == null) {
                why.add(crossrefFailed != null ? "DOI " + doi + " not confirmed (" + crossrefFailed + ")"
                        : "DOI " + doi + " is not in Crossref");
                if (crossrefFailed != null) {
                    return Decision.unknown(String.join("; ", why));
                }
                continue;
            }
            String refused = refuse(w, authors, v1);
            if (refused != null) {
                why.add("DOI " + doi + ": " + refused);
                if (w.retracted()) {
                    return Decision.notPublished(String.join("; ", why));
                }
                continue;
            }
            byDoi = fromCrossref(w, p, shortNames);
            break;
        }
        Publication byKey = null;
        if (!p.dblp().isEmpty() && !p.dblp().startsWith("journals/corr/")) {
            Optional<VenueNames.Named> named = VenueNames.ofDblpKey(p.dblp());
            if (named.isEmpty()) {
                why.add("DBLP key " + p.dblp() + " names a venue this stage cannot name without its track");
            } else {
                int year = Integer.parseInt(named.get().year());
                if (v1 > 0 && (year < v1 || year > v1 + 3)) {
                    why.add("DBLP key " + p.dblp() + " is dated " + year + ", not within three years of v1 (" + v1
                            + ")");
                } else {
                    VenueNames.Named n = named.get();
                    byKey = new Publication(n.journal(), shortNames ? n.shortName() : n.full(), "", "", "",
                            n.year(), "", n.publisher(), "", "DBLP " + p.dblp());
                }
            }
        }
        if (byDoi != null && byKey != null && byDoi.article() != byKey.article()) {
            return Decision.notPublished("two venues for one paper (" + byDoi.authority() + " and " + byKey.authority()
                    + "): a conference paper and its journal version? not upgraded");
        }
        if (byDoi != null) {
            return Decision.published(byDoi);
        }
        if (byKey != null) {
            return Decision.published(byKey);
        }
        if (why.isEmpty()) {
            why.add("no publisher DOI, DBLP venue key or ACL Anthology id on Semantic Scholar's record (venue: \""
                    + p.venue() + "\")");
        }
        return Decision.notPublished(String.join("; ", why));
    }

    /** Why a Crossref work does not confirm the paper, or null when it does. */
    private static String refuse(Crossref.Work w, Set<String> authors, int v1) {
        if (w.retracted()) {
            return "retracted";
        }
        if (!PAPER_TYPES.contains(w.type())) {
            return "a " + w.type() + ", not a journal or proceedings paper";
        }
        if (WORKSHOP.matcher(w.container()).find()) {
            return "a workshop's (" + w.container() + ")";
        }
        if (w.year() == 0 || v1 > 0 && (w.year() < v1 || w.year() > v1 + 3)) {
            return "dated " + w.year() + ", not within three years of v1 (" + v1 + ")";
        }
        if (!authors.isEmpty() && disjoint(authors, surnames(w.families()))) {
            return "no author in common";
        }
        return null;
    }

    private static Publication fromCrossref(Crossref.Work w, SemanticScholar.Paper p, boolean shortNames) {
        boolean article = w.type().equals("journal-article");
        String venue = w.container();
        if (shortNames) {
            Optional<String> acl = p.acl().isEmpty() ? Optional.empty() : VenueNames.shortAcl(p.acl());
            venue = acl.orElse(w.shortContainer().isEmpty() ? venue : w.shortContainer());
        }
        String title = w.title().contains("<") ? "" : w.title();
        return new Publication(article, venue, article ? w.volume() : "", article ? w.issue() : "", w.page(),
                String.valueOf(w.year()), w.doi(), w.publisher(), title, "Crossref " + w.doi());
    }

    /** The published version's fields on the reference; its eprint, class and key stay. */
    static Reference apply(Reference r, Publication p) {
        Reference.Builder b = r.toBuilder().year(p.year()).publisher(p.publisher()).doi(p.doi());
        if (p.article()) {
            b.journal(new Reference.Journal(p.venue(), p.volume(), p.number(), p.pages())).booktitle("");
        } else {
            b.booktitle(p.venue()).journal(new Reference.Journal("", "", "", p.pages()));
        }
        if (!p.doi().isEmpty()) {
            b.url("https://doi.org/" + p.doi());
        }
        if (!p.title().isEmpty()) {
            b.title(p.title());
        }
        return b.build();
    }

    private static String id(Reference r) {
        return r.isArxiv() ? r.eprint().toLowerCase(Locale.ROOT).replaceAll("v\\d+$", "") : "";
    }

    /** The preprint's v1 year: the reference's (arXiv's v1 date), else the id's YYMM; 0 when unknown. */
    private static int v1Year(Reference r, String id) {
        if (r.year().matches("\\d{4}")) {
            return Integer.parseInt(r.year());
        }
        return id.matches("\\d{4}\\..*") ? 2000 + Integer.parseInt(id.substring(0, 2)) : 0;
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** Surnames compared without case, accents, punctuation or DBLP's homonym numbers ("Yu Sun 0020"). */
    private static Set<String> surnames(List<String> families) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : families) {
            String plain = Normalizer.normalize(f, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("\\b\\d{4}\\b", "").replaceAll("[^a-z ]", " ").strip();
            if (!plain.isEmpty()) {
                out.add(lastWord(plain));
            }
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
