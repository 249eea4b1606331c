package org.abs2bib.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Finds the dump's papers on arXiv with as few requests as the rules allow: papers the cache knows cost nothing; ids
 * from the dump go many to an {@code id_list} request; titles go many to one {@code ti:"…" OR ti:"…"} query. A
 * batch whose answer was cut short by {@code max_results} is split and asked again for the titles it missed, so a
 * miss is only believed when arXiv listed everything it had; a batch arXiv refuses is split until the halves pass, or
 * down to the one title it cannot search; when a second batch is refused, the run goes on at the largest size arXiv
 * answered.
 */
public final class ArxivLookup {
    /**
     * Titles per query: the sample's 234 titles in 8 requests. arXiv states no limit on a query's length (a POST keeps
     * it out of the URL) and allows 2,000 results a call, so 30 phrases and 300 results are inside what it documents;
     * a query it refuses all the same is split (see {@link #titles}).
     */
    static final int TITLES_PER_QUERY = 30;
    static final int IDS_PER_QUERY = 100;
    /** Candidates asked for per title in a batch. */
    static final int RESULTS_PER_TITLE = 10;
    /** A record is a candidate for a title when this similar: wide, so the rule sees the near misses too. */
    static final double CANDIDATE_SIMILARITY = 0.8;
    /** After this many batches fail in a row, arXiv is taken to be down and the rest is left unmatched. */
    static final int FAILURES_BEFORE_GIVING_UP = 3;

    private final ArxivClient client;
    private final ArxivCache cache;
    private final MatchRule rule = new MatchRule();
    private final IntConsumer progress;
    private final List<String> warnings = new ArrayList<>();
    private int cacheHits;
    private int failuresInARow;
    /** Titles a query asks for: {@link #TITLES_PER_QUERY} until arXiv refuses a query that long. */
    private int titlesPerQuery = TITLES_PER_QUERY;
    /** Title queries arXiv refused so far, and whether it answered any: a refusal then is about the query. */
    private int refusals;
    private int refusedBatches;
    private boolean answered;
    /** The most titles a query arXiv answered held, within the current batch. */
    private int largestAnswered;
    /** Why arXiv could not be reached at all, once it could not; then nothing more is asked. */
    private String unreachable;

    /**
     * @param client   the API client, or {@code null} for an offline lookup (cache only)
     * @param progress told how many queries are settled so far
     */
    public ArxivLookup(ArxivClient client, ArxivCache cache, IntConsumer progress) {
        this.client = client;
        this.cache = cache;
        this.progress = progress;
    }

    public LookupReport lookup(List<Query> queries) {
        Match[] matches = new Match[queries.size()];
        List<Integer> byId = new ArrayList<>();
        Map<String, List<Integer>> byTitle = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            if (q.arxivId().isEmpty() && q.normalizedTitle().isEmpty()) {
                matches[i] = Match.none("the title has no letters or digits to search for", false);
            } else if (!q.arxivId().isEmpty()) {
                Optional<ArxivRecord> r = cache.record(q.arxivId());
                if (r.isPresent()) {
                    matches[i] = cached(rule.decideById(q, r.get()));
                } else {
                    byId.add(i);
                }
            } else {
                Optional<List<ArxivRecord>> c = cache.candidates(q.normalizedTitle());
                if (c.isPresent()) {
                    matches[i] = cached(rule.decide(q, c.get()));
                } else {
                    byTitle.computeIfAbsent(q.normalizedTitle(), t -> new ArrayList<>()).add(i);
                }
            }
        }
        progress.accept(settled(matches));
        if (client == null) {
            fill(matches, "not looked up: offline, and not in the cache");
            return report(matches);
        }
        for (int from = 0; from < byId.size(); from += IDS_PER_QUERY) {
            ids(queries, byId.subList(from, Math.min(byId.size(), from + IDS_PER_QUERY)), matches);
            progress.accept(settled(matches));
        }
        List<String> titles = new ArrayList<>(byTitle.keySet());
        for (int from = 0; from < titles.size(); ) {
            List<String> batch = titles.subList(from, Math.min(titles.size(), from + titlesPerQuery));
            int refusedBefore = refusals;
            largestAnswered = 0;
            titles(queries, byTitle, batch, matches);
            // a batch refused once may be one bad answer or one title arXiv cannot search; a second refused batch
            // says the queries are too long: the rest of the run asks as many as arXiv answered at once
            if (refusals > refusedBefore && ++refusedBatches >= 2 && largestAnswered > 0) {
                titlesPerQuery = Math.min(titlesPerQuery, largestAnswered);
            }
            from += batch.size();
            progress.accept(settled(matches));
        }
        return report(matches);
    }

    private Match cached(Match m) {
        cacheHits++;
        return new Match(m.record(), m.reason(), true);
    }

    private LookupReport report(Match[] matches) {
        return new LookupReport(List.of(matches), client == null ? 0 : client.requests(),
                client == null ? 0 : client.retries(), cacheHits, warnings);
    }

    private static int settled(Match[] matches) {
        int n = 0;
        for (Match m : matches) {
            if (m != null) {
                n++;
            }
        }
        return n;
    }

    private static void fill(Match[] matches, String reason) {
        for (int i = 0; i < matches.length; i++) {
            if (matches[i] == null) {
                matches[i] = Match.none(reason, false);
            }
        }
    }

    private boolean givenUp(List<Integer> indexes, Match[] matches) {
        if (unreachable != null) {
            for (int i : indexes) {
                matches[i] = Match.none("not looked up: " + unreachable, false);
            }
            return true;
        }
        if (failuresInARow < FAILURES_BEFORE_GIVING_UP) {
            return false;
        }
        for (int i : indexes) {
            matches[i] = Match.none("not looked up: arXiv failed " + FAILURES_BEFORE_GIVING_UP + " times in a row",
                    false);
        }
        return true;
    }

    private void ids(List<Query> queries, List<Integer> indexes, Match[] matches) {
        if (givenUp(indexes, matches)) {
            return;
        }
        List<String> ids = indexes.stream().map(i -> queries.get(i).arxivId()).distinct().toList();
        AtomFeed feed;
        try {
            feed = client.byIds(ids);
            failuresInARow = 0;
        } catch (ArxivException e) {
            failed(e, indexes, matches);
            return;
        }
        Map<String, ArxivRecord> found = new HashMap<>();
        for (ArxivRecord r : feed.entries()) {
            found.put(r.id(), r);
            cache.putRecord(r);
        }
        cache.save();
        for (int i : indexes) {
            ArxivRecord r = found.get(queries.get(i).arxivId());
            matches[i] = r == null ? Match.none("arXiv has no paper " + queries.get(i).arxivId(), false)
                    : rule.decideById(queries.get(i), r);
        }
    }

    private void titles(List<Query> queries, Map<String, List<Integer>> byTitle, List<String> batch,
                        Match[] matches) {
        List<Integer> indexes = batch.stream().flatMap(t -> byTitle.get(t).stream()).toList();
        if (givenUp(indexes, matches)) {
            return;
        }
        AtomFeed feed;
        try {
            feed = client.search(searchQuery(batch), batch.size() * RESULTS_PER_TITLE);
            failuresInARow = 0;
            answered = true;
            largestAnswered = Math.max(largestAnswered, batch.size());
        } catch (ArxivException e) {
            boolean refused = !e.retryable() && !(e instanceof ArxivException.Unreachable);
            if (refused) {
                refusals++;
            }
            if (refused && batch.size() > 1) {
                // arXiv answered but refused this query (an error feed, HTTP 4xx): a length limit, or one title it
                // cannot search. Halves are asked until they pass; from a second refused batch on, the run goes on at
                // the largest size that passed (see lookup), so one bad title costs only its own batch.
                int half = (batch.size() + 1) / 2;
                titles(queries, byTitle, batch.subList(0, half), matches);
                titles(queries, byTitle, batch.subList(half, batch.size()), matches);
                return;
            }
            if (refused && answered) {
                refusedTitle(e, indexes, matches); // arXiv answers other queries: not a failure in a row
                return;
            }
            failed(e, indexes, matches);
            return;
        }
        boolean complete = feed.totalResults() <= feed.entries().size();
        List<String> retry = new ArrayList<>();
        for (String title : batch) {
            List<ArxivRecord> candidates = new ArrayList<>();
            for (ArxivRecord r : feed.entries()) {
                if (Titles.similarity(title, Titles.normalize(r.title())) >= CANDIDATE_SIMILARITY) {
                    candidates.add(r);
                }
            }
            boolean exact = candidates.stream().anyMatch(r -> Titles.normalize(r.title()).equals(title));
            if (!exact && !complete && batch.size() > 1) {
                retry.add(title); // arXiv had more than it listed: ask again in a smaller batch before believing a miss
                continue;
            }
            cache.putTitle(title, candidates);
            for (int i : byTitle.get(title)) {
                matches[i] = rule.decide(queries.get(i), candidates);
            }
        }
        cache.save();
        if (!retry.isEmpty()) {
            int half = Math.max(1, (retry.size() + 1) / 2);
            for (int from = 0; from < retry.size(); from += half) {
                titles(queries, byTitle, retry.subList(from, Math.min(retry.size(), from + half)), matches);
            }
        }
    }

    /** arXiv refused the query of this one title while it answers others: the title is left unmatched, with why. */
    private void refusedTitle(ArxivException e, List<Integer> indexes, Match[] matches) {
        String reason = "arXiv refused the search for this title: " + e.getMessage();
        for (int i : indexes) {
            matches[i] = Match.none(reason, false);
        }
        if (!warnings.contains(reason)) {
            warnings.add(reason);
        }
    }

    private void failed(ArxivException e, List<Integer> indexes, Match[] matches) {
        failuresInARow++;
        if (e instanceof ArxivException.Unreachable) {
            unreachable = e.getMessage(); // the rest is not tried: one line says what happened and what to do
            String advice = e.getMessage() + "; check the connection, or run with --offline to use what the cache "
                    + "holds";
            if (!warnings.contains(advice)) {
                warnings.add(advice);
            }
            for (int i : indexes) {
                matches[i] = Match.none("not looked up: " + e.getMessage(), false);
            }
            return;
        }
        String reason = "arXiv lookup failed: " + e.getMessage();
        for (int i : indexes) {
            matches[i] = Match.none(reason, false);
        }
        if (!warnings.contains(reason)) {
            warnings.add(reason);
        }
    }

    /** {@code ti:"words of title one" OR ti:"words of title two" …}, from normalized titles only. */
    static String searchQuery(List<String> normalizedTitles) {
        List<String> parts = new ArrayList<>();
        for (String t : normalizedTitles) {
            parts.add("ti:\"" + t + "\"");
        }
        return String.join(" OR ", parts);
    }
}
