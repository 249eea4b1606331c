package org.abs2bib.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abs2bib.lookup.Titles;

/**
 * A local stand-in for the arXiv API on loopback (WireMock). It answers {@code id_list} and batched
 * {@code ti:"…" OR ti:"…"} queries from a corpus of entries the test builds, in arXiv's Atom shape; serves real
 * recorded responses for chosen ids; enforces arXiv's minimum interval (503 when a client comes too soon, counted);
 * and injects faults one request at a time: 429 with Retry-After, 503, resets, truncated XML, empty pages, error
 * feeds, an XXE payload, and silence longer than the client's timeout.
 */
public final class ArxivStandIn implements ResponseDefinitionTransformerV2, AutoCloseable {
    /** One paper in the stand-in's corpus. */
    public record Entry(String id, int version, String title, List<String> authors, String published,
                        String updated, List<String> categories, String doi, String journalRef) {
        public static Entry of(String id, String title, String published, String... authors) {
            return new Entry(id, 1, title, List.of(authors), published, published, List.of("cs.CL", "cs.LG"), "", "");
        }
    }


    /** What the next request gets instead of an answer. */
    public enum Injected { NONE, TOO_MANY_REQUESTS, UNAVAILABLE, RESET, TRUNCATED, EMPTY_PAGE, ERROR_FEED, XXE, SILENCE }

    private final WireMockServer server;
    private final List<Entry> corpus = new ArrayList<>();
    private final Map<String, byte[]> recorded = new LinkedHashMap<>();
    private final Deque<Injected> faults = new ArrayDeque<>();
    private final List<Long> starts = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();
    private long minIntervalNanos;
    private long silenceMillis = 3000;
    private int maxPhrases = Integer.MAX_VALUE;
    private String refusedPhrase;
    private int violations;

    public ArxivStandIn(long minIntervalMillis) {
        this.minIntervalNanos = minIntervalMillis * 1_000_000L;
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    @Override
    public String getName() {
        return "arxiv-stand-in";
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/query");
    }

    public ArxivStandIn add(Entry e) {
        corpus.add(e);
        return this;
    }

    /** Serves a recorded real response for an {@code id_list} query of this one id. */
    public ArxivStandIn record(String id, String resource) throws IOException {
        try (InputStream in = ArxivStandIn.class.getResourceAsStream(resource)) {
            recorded.put(id, in.readAllBytes());
        }
        return this;
    }

    public synchronized ArxivStandIn inject(Injected... next) {
        faults.addAll(List.of(next));
        return this;
    }

    /** Refuses a title query of more than {@code n} phrases with arXiv's error feed (HTTP 400), as a stricter server would. */
    public ArxivStandIn maxPhrases(int n) {
        maxPhrases = n;
        return this;
    }

    /** Refuses every title query that holds this phrase, as arXiv refuses a title its query parser cannot take. */
    public ArxivStandIn refuse(String phrase) {
        refusedPhrase = "ti:\"" + phrase + "\"";
        return this;
    }

    public ArxivStandIn silenceMillis(long ms) {
        silenceMillis = ms;
        return this;
    }

    public synchronized int requests() {
        return starts.size();
    }

    /** Requests that came sooner than the minimum interval after the one before. */
    public synchronized int violations() {
        return violations;
    }

    /** The shortest gap between the starts of two requests, in milliseconds. */
    public synchronized long shortestGapMillis() {
        long min = Long.MAX_VALUE;
        for (int k = 1; k < starts.size(); k++) {
            min = Math.min(min, (starts.get(k) - starts.get(k - 1)) / 1_000_000L);
        }
        return min;
    }

    public synchronized List<String> queries() {
        return List.copyOf(queries);
    }

    public synchronized void reset() {
        starts.clear();
        queries.clear();
        violations = 0;
        faults.clear();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        long now = System.nanoTime();
        boolean tooSoon = !starts.isEmpty() && now - starts.get(starts.size() - 1) < minIntervalNanos;
        starts.add(now);
        Map<String, String> form = form(event.getRequest());
        queries.add(form.getOrDefault("search_query", "id_list=" + form.getOrDefault("id_list", "")));
        if (tooSoon) {
            violations++;
            System.err.println("stand-in: too soon: " + (now - starts.get(starts.size() - 2)) / 1_000_000 + " ms after "
                    + "the previous request (request " + starts.size() + ", " + faults.peek() + ")");
            return aResponse().withStatus(503).withBody("Rate exceeded.").build();
        }
        Injected fault = faults.poll();
        if (fault != null && fault != Injected.NONE) {
            return faulty(fault).build();
        }
        String ids = form.get("id_list");
        int max = Integer.parseInt(form.getOrDefault("max_results", "10"));
        if (ids != null && !ids.isEmpty()) {
            if (recorded.containsKey(ids)) {
                return aResponse().withStatus(200).withHeader("Content-Type", "application/atom+xml")
                        .withBody(recorded.get(ids)).build();
            }
            List<Entry> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                corpus.stream().filter(e -> e.id().equals(id.replaceAll("v\\d+$", ""))).findFirst()
                        .ifPresent(found::add);
            }
            return atom(found, found.size(), max);
        }
        String query = form.getOrDefault("search_query", "");
        if (PHRASE.matcher(query).results().count() > maxPhrases
                || refusedPhrase != null && query.contains(refusedPhrase)) {
            return faulty(Injected.ERROR_FEED).build();
        }
        List<Entry> found = search(query);
        return atom(found, found.size(), max);
    }

    private static final Pattern PHRASE = Pattern.compile("ti:\"([^\"]*)\"");

    /**
     * Lucene-like phrase matching on titles: the phrase's words appear in this order, next to each other, compared
     * by a crude stem (a plural s dropped), as arXiv's search engine stems.
     */
    private List<Entry> search(String query) {
        List<Entry> hits = new ArrayList<>();
        Matcher m = PHRASE.matcher(query);
        while (m.find()) {
            String phrase = " " + stems(m.group(1)) + " ";
            for (Entry e : corpus) {
                if ((" " + stems(e.title()) + " ").contains(phrase) && !hits.contains(e)) {
                    hits.add(e);
                }
            }
        }
        return hits;
    }

    private static String stems(String text) {
        return String.join(" ", java.util.Arrays.stream(Titles.normalize(text).split(" "))
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .toList());
    }

    private ResponseDefinitionBuilder faulty(Injected fault) {
        String empty = feed(List.of(), 0);
        return switch (fault) {
            case TOO_MANY_REQUESTS -> aResponse().withStatus(429).withHeader("Retry-After", "1");
            case UNAVAILABLE -> aResponse().withStatus(503);
            case RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case TRUNCATED -> aResponse().withStatus(200).withBody(feed(corpus.subList(0, Math.min(3, corpus.size())),
                    3).substring(0, 900));
            case EMPTY_PAGE -> aResponse().withStatus(200).withBody(empty);
            case ERROR_FEED -> aResponse().withStatus(400).withBody(resource("/arxiv/error_incorrect_id_format.xml"));
            case XXE -> aResponse().withStatus(200).withBody("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n"
                    + "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n" + empty.substring(empty.indexOf("<feed"))
                    .replace("<title>ArXiv Query</title>", "<title>&xxe;</title>"));
            case NONE -> throw new IllegalStateException("NONE passes through");
            case SILENCE -> aResponse().withStatus(200).withFixedDelay((int) silenceMillis).withBody(empty);
        };
    }

    private static String resource(String name) {
        try (InputStream in = ArxivStandIn.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseDefinition atom(List<Entry> found, int total, int max) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/atom+xml")
                .withBody(feed(found.subList(0, Math.min(max, found.size())), total)).build();
    }

    /** An Atom feed in arXiv's shape: prefixes declared on the elements, titles broken over lines. */
    static String feed(List<Entry> entries, int total) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>ArXiv Query</title>\n"
                + "  <id>http://arxiv.org/api/standin</id>\n"
                + "  <opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">" + total
                + "</opensearch:totalResults>\n"
                + "  <opensearch:startIndex xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">0"
                + "</opensearch:startIndex>\n");
        for (Entry e : entries) {
            x.append("  <entry>\n    <id>http://arxiv.org/abs/").append(e.id()).append('v').append(e.version())
                    .append("</id>\n    <updated>").append(e.updated()).append("T10:00:00Z</updated>\n")
                    .append("    <published>").append(e.published()).append("T09:00:00Z</published>\n")
                    .append("    <title>").append(escape(wrap(e.title()))).append("</title>\n")
                    .append("    <summary>  An abstract.\n</summary>\n");
            for (String a : e.authors()) {
                x.append("    <author>\n      <name>").append(escape(a)).append("</name>\n    </author>\n");
            }
            if (!e.doi().isEmpty()) {
                x.append("    <arxiv:doi xmlns:arxiv=\"http://arxiv.org/schemas/atom\">").append(e.doi())
                        .append("</arxiv:doi>\n");
            }
            if (!e.journalRef().isEmpty()) {
                x.append("    <arxiv:journal_ref xmlns:arxiv=\"http://arxiv.org/schemas/atom\">")
                        .append(escape(e.journalRef())).append("</arxiv:journal_ref>\n");
            }
            x.append("    <link href=\"http://arxiv.org/abs/").append(e.id()).append("\" rel=\"alternate\"/>\n")
                    .append("    <arxiv:primary_category xmlns:arxiv=\"http://arxiv.org/schemas/atom\" term=\"")
                    .append(e.categories().get(0)).append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
            for (String c : e.categories()) {
                x.append("    <category term=\"").append(c).append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
            }
            x.append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /** arXiv breaks long titles with a newline and two spaces. */
    private static String wrap(String title) {
        int cut = title.indexOf(' ', 60);
        return cut < 0 ? title : title.substring(0, cut) + "\n  " + title.substring(cut + 1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> form(Request request) {
        Map<String, String> form = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        String source = body == null || body.isEmpty() ? URI.create(request.getUrl()).getRawQuery() : body;
        if (source == null) {
            return form;
        }
        for (String pair : source.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop();
    }
}
