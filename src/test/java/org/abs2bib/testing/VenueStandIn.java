package org.abs2bib.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback stand-in for Semantic Scholar's batch endpoint and Crossref's works list (WireMock). It serves real
 * recorded responses (src/test/resources/venues) and records a test builds in the same shapes; answers a batch in
 * request order with {@code null} for unknown ids; counts requests and the gaps between them per service; and
 * injects faults one request at a time: 429 without Retry-After (as S2 sends it), 500, a bot-challenge HTML page
 * where JSON was due (DBLP's Anubis), a shuffled batch array.
 */
public final class VenueStandIn implements ResponseDefinitionTransformerV2, AutoCloseable {
    public enum Fault { TOO_MANY_REQUESTS, SERVER_ERROR, CHALLENGE_PAGE, SHUFFLED }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final Map<String, JsonNode> s2 = new HashMap<>();
    private final Map<String, JsonNode> crossref = new HashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, List<Long>> starts = new HashMap<>();

    public VenueStandIn() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    @Override
    public String getName() {
        return "venue-stand-in";
    }

    public URI s2() {
        return URI.create("http://127.0.0.1:" + server.port() + "/graph/v1");
    }

    public URI crossref() {
        return URI.create("http://127.0.0.1:" + server.port() + "/crossref");
    }

    /** A recorded Semantic Scholar paper (a file of resources/venues, or its {@code data[0]}). */
    public VenueStandIn s2Recorded(String file) throws IOException {
        JsonNode p = read(file);
        return s2(p.has("data") ? p.path("data").path(0) : p);
    }

    public synchronized VenueStandIn s2(JsonNode paper) {
        s2.put(paper.path("externalIds").path("ArXiv").asText().toLowerCase(Locale.ROOT), paper);
        return this;
    }

    /** A Semantic Scholar record built in the recorded shape. */
    public static ObjectNode s2Paper(String arxiv, String title, String venue, String doi, String dblp, String acl,
                                     String... authors) {
        ObjectNode p = JSON.createObjectNode();
        p.put("paperId", Integer.toHexString(arxiv.hashCode()));
        ObjectNode ids = p.putObject("externalIds");
        ids.put("ArXiv", arxiv);
        ids.put("DOI", doi.isEmpty() ? "10.48550/arXiv." + arxiv : doi);
        if (!dblp.isEmpty()) {
            ids.put("DBLP", dblp);
        }
        if (!acl.isEmpty()) {
            ids.put("ACL", acl);
        }
        p.put("title", title);
        p.put("venue", venue);
        p.put("year", 2000 + Integer.parseInt(arxiv.substring(0, 2))); // the preprint's year, as S2 gives it
        ArrayNode a = p.putArray("authors");
        for (String name : authors) {
            a.addObject().put("authorId", Integer.toString(name.hashCode())).put("name", name);
        }
        return p;
    }

    /** A recorded Crossref work (the {@code message} of a resources/venues file). */
    public VenueStandIn crossrefRecorded(String file) throws IOException {
        return crossref(read(file).path("message"));
    }

    public synchronized VenueStandIn crossref(JsonNode work) {
        crossref.put(work.path("DOI").asText().toLowerCase(Locale.ROOT), work);
        return this;
    }

    /** A Crossref work built in the recorded shape. */
    public static ObjectNode crossrefWork(String doi, String type, String title, String container, int year,
                                          String pages, String publisher, String... families) {
        ObjectNode w = JSON.createObjectNode();
        w.put("DOI", doi);
        w.put("type", type);
        w.putArray("title").add(title);
        w.putArray("container-title").add(container);
        w.put("publisher", publisher);
        if (!pages.isEmpty()) {
            w.put("page", pages);
        }
        w.putObject("issued").putArray("date-parts").addArray().add(year);
        ArrayNode a = w.putArray("author");
        for (String f : families) {
            a.addObject().put("given", "A.").put("family", f).put("sequence", "additional");
        }
        return w;
    }

    /** The next request to {@code service} ("s2" or "crossref") gets these instead of answers. */
    public synchronized VenueStandIn inject(String service, Fault... next) {
        faults.computeIfAbsent(service, k -> new ArrayDeque<>()).addAll(List.of(next));
        return this;
    }

    public synchronized int requests(String service) {
        return starts.getOrDefault(service, List.of()).size();
    }

    /** The shortest gap between two requests to one service, in milliseconds (MAX when fewer than two). */
    public synchronized long shortestGapMillis(String service) {
        List<Long> s = starts.getOrDefault(service, List.of());
        long min = Long.MAX_VALUE;
        for (int k = 1; k < s.size(); k++) {
            min = Math.min(min, (s.get(k) - s.get(k - 1)) / 1_000_000L);
        }
        return min;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        String url = event.getRequest().getUrl();
        String service = url.startsWith("/graph/v1") ? "s2" : "crossref";
        starts.computeIfAbsent(service, k -> new ArrayList<>()).add(System.nanoTime());
        Fault fault = faults.getOrDefault(service, new ArrayDeque<>()).poll();
        if (fault == Fault.TOO_MANY_REQUESTS) {
            return aResponse().withStatus(429).withBody(resource("s2-429-too-many-requests.json")).build();
        }
        if (fault == Fault.SERVER_ERROR) {
            return aResponse().withStatus(500).withBody("Internal Server Error").build();
        }
        if (fault == Fault.CHALLENGE_PAGE) {
            return aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody(resource("dblp-anubis-challenge-head.html")).build();
        }
        try {
            return service.equals("s2") ? batch(event, fault == Fault.SHUFFLED) : works(url);
        } catch (IOException e) {
            return aResponse().withStatus(400).withBody(e.getMessage()).build();
        }
    }

    private ResponseDefinition batch(ServeEvent event, boolean shuffled) throws IOException {
        JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
        List<JsonNode> answer = new ArrayList<>();
        for (JsonNode id : body.path("ids")) {
            String arxiv = id.asText().replaceFirst("^ARXIV:", "").toLowerCase(Locale.ROOT);
            answer.add(s2.get(arxiv));
        }
        if (shuffled) {
            Collections.reverse(answer);
        }
        ArrayNode out = JSON.createArrayNode();
        answer.forEach(p -> out.add(p == null ? JSON.nullNode() : p));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(out.toString())
                .build();
    }

    private ResponseDefinition works(String url) {
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        List<JsonNode> items = new ArrayList<>();
        for (String part : query.split("&")) {
            if (part.startsWith("filter=")) {
                for (String f : URLDecoder.decode(part.substring(7), StandardCharsets.UTF_8).split(",")) {
                    JsonNode w = crossref.get(f.replaceFirst("^doi:", "").toLowerCase(Locale.ROOT));
                    if (w != null) {
                        items.add(w);
                    }
                }
            }
        }
        ObjectNode root = JSON.createObjectNode().put("status", "ok").put("message-type", "work-list");
        ObjectNode message = root.putObject("message");
        message.put("total-results", items.size());
        items.forEach(message.putArray("items")::add);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(root.toString())
                .build();
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(resource(file));
    }

    private static byte[] resource(String file) {
        try (InputStream in = VenueStandIn.class.getResourceAsStream("/venues/" + file)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no test resource venues/" + file, e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
