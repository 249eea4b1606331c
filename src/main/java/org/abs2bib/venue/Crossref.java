package org.abs2bib.venue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Crossref's works, by DOI: up to 50 DOIs a request ({@code filter=doi:A,doi:B}). The authority for a publisher DOI:
 * its type, container, volume, issue, pages, year, publisher, authors and retractions.
 */
final class Crossref {
    static final int BATCH = 50;

    /** What is used of one work. */
    record Work(String doi, String type, String title, String container, String shortContainer, String volume,
                String issue, String page, String publisher, int year, List<String> families, boolean retracted) {
    }

    private final JsonService service;
    private final URI base;
    private final String mailto;

    Crossref(JsonService service, URI base, String mailto) {
        this.service = service;
        this.base = base;
        this.mailto = mailto;
    }

    /** The works of these DOIs, by lower-case DOI; DOIs Crossref does not hold are missing. */
    Map<String, Work> works(List<String> dois) throws JsonService.Failed {
        Map<String, Work> found = new HashMap<>();
        for (int from = 0; from < dois.size(); from += BATCH) {
            List<String> part = dois.subList(from, Math.min(dois.size(), from + BATCH));
            String filter = String.join(",", part.stream().map(d -> "doi:" + d).toList());
            String uri = base + "/works?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8) + "&rows="
                    + part.size() + (mailto.isEmpty() ? "" : "&mailto=" + URLEncoder.encode(mailto,
                    StandardCharsets.UTF_8));
            JsonService.Answer answer = service.get(URI.create(uri));
            if (answer.json() == null || !answer.json().path("message").path("items").isArray()) {
                throw new JsonService.Failed("Crossref's answer has no list of works");
            }
            for (JsonNode item : answer.json().path("message").path("items")) {
                Work w = work(item);
                found.put(w.doi().toLowerCase(Locale.ROOT), w);
            }
        }
        return found;
    }

    static Work work(JsonNode m) {
        List<String> families = new ArrayList<>();
        m.path("author").forEach(a -> families.add(a.path("family").asText("")));
        int year = m.path("issued").path("date-parts").path(0).path(0).asInt(0);
        boolean retracted = false;
        for (JsonNode u : m.path("updated-by")) {
            retracted |= u.path("type").asText("").toLowerCase(Locale.ROOT).contains("retraction");
        }
        String title = m.path("title").path(0).asText("");
        retracted |= title.toUpperCase(Locale.ROOT).startsWith("RETRACTED");
        return new Work(m.path("DOI").asText(""), m.path("type").asText(""), title,
                m.path("container-title").path(0).asText(""), m.path("short-container-title").path(0).asText(""),
                m.path("volume").asText(""), m.path("issue").asText(""), m.path("page").asText(""),
                m.path("publisher").asText(""), year, families, retracted);
    }
}
