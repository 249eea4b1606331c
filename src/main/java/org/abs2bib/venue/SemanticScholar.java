package org.abs2bib.venue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Semantic Scholar's batch endpoint: up to 500 papers by {@code ARXIV:} id in one request. Its record merges the
 * preprint and the published version, so only its identifiers are used (a publisher DOI, a DBLP key, an ACL
 * Anthology id) and its venue string, to tell a workshop; never its year, date or publication types.
 */
final class SemanticScholar {
    static final int BATCH = 500;
    private static final String FIELDS = "title,authors,venue,externalIds";

    /** What is used of one record. */
    record Paper(String arxivId, String title, List<String> authors, String venue, String doi, String dblp,
                 String acl) {
    }

    private final JsonService service;
    private final URI base;

    SemanticScholar(JsonService service, URI base) {
        this.service = service;
        this.base = base;
    }

    /** The records of these arXiv ids (no versions), by id; ids S2 does not know are missing. */
    Map<String, Paper> byArxivIds(List<String> ids) throws JsonService.Failed {
        Map<String, Paper> found = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (int from = 0; from < ids.size(); from += BATCH) {
            ArrayNode body = json.createObjectNode().putArray("ids");
            ids.subList(from, Math.min(ids.size(), from + BATCH)).forEach(id -> body.add("ARXIV:" + id));
            JsonService.Answer answer = service.post(URI.create(base + "/paper/batch?fields=" + FIELDS),
                    "{\"ids\":" + body + "}");
            if (answer.json() == null || !answer.json().isArray()) {
                throw new JsonService.Failed("Semantic Scholar's batch answer is not a list");
            }
            for (JsonNode p : answer.json()) {
                Paper paper = paper(p);
                if (paper != null) {
                    found.put(paper.arxivId(), paper); // paired by the id it carries, never by position
                }
            }
        }
        return found;
    }

    private static Paper paper(JsonNode p) {
        if (p == null || !p.isObject()) {
            return null; // S2 answers null for an id it does not know
        }
        JsonNode ids = p.path("externalIds");
        String arxiv = ids.path("ArXiv").asText("").toLowerCase(Locale.ROOT).replaceAll("v\\d+$", "");
        if (arxiv.isEmpty()) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        p.path("authors").forEach(a -> authors.add(a.path("name").asText("")));
        return new Paper(arxiv, p.path("title").asText(""), authors, p.path("venue").asText(""),
                ids.path("DOI").asText(""), ids.path("DBLP").asText(""), ids.path("ACL").asText(""));
    }
}
