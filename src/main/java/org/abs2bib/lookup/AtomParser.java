package org.abs2bib.lookup;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads arXiv's Atom responses with StAX, namespace-aware (arXiv declares prefixes on each element), with DTDs and
 * external entities off so a hostile response cannot read local files or expand entities.
 */
public final class AtomParser {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    static final String ARXIV = "http://arxiv.org/schemas/atom";
    private static final Pattern ABS_ID = Pattern.compile("arxiv\\.org/abs/(.+?)(?:v(\\d+))?$");

    private final XMLInputFactory factory = XMLInputFactory.newFactory();

    public AtomParser() {
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    private void trySet(String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows it; the two switches above are the ones that matter
        }
    }

    /**
     * @throws ArxivException for an error feed (not retryable: the query is wrong) or XML that does not parse
     *                        (retryable: a truncated response)
     */
    public AtomFeed parse(byte[] xml) throws ArxivException {
        List<ArxivRecord> entries = new ArrayList<>();
        int total = -1;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ArxivException("the response declares a DTD; refused (possible entity attack)", false);
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ArxivException("the response uses an entity reference; refused", false);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(r, OPENSEARCH, "totalResults")) {
                    total = parseInt(r.getElementText().strip());
                } else if (is(r, ATOM, "entry")) {
                    ArxivRecord e = entry(r);
                    if (e != null) {
                        entries.add(e);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ArxivException("malformed response from arXiv (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", true, e);
        }
        if (total < 0) {
            throw new ArxivException("response from arXiv has no opensearch:totalResults; not an API response", true);
        }
        return new AtomFeed(total, entries);
    }

    private static boolean is(XMLStreamReader r, String ns, String name) {
        return ns.equals(r.getNamespaceURI()) && name.equals(r.getLocalName());
    }

    private static int parseInt(String s) throws ArxivException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ArxivException("bad opensearch:totalResults \"" + s + "\"", true);
        }
    }

    /** Reads one entry; an error entry becomes an exception carrying arXiv's message. */
    private ArxivRecord entry(XMLStreamReader r) throws XMLStreamException, ArxivException {
        String id = "";
        String title = "";
        String summary = "";
        String published = "";
        String primary = "";
        String doi = "";
        String journalRef = "";
        List<String> authors = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(r, ATOM, "id")) {
                id = r.getElementText().strip();
            } else if (is(r, ATOM, "title")) {
                title = collapse(r.getElementText());
            } else if (is(r, ATOM, "summary")) {
                summary = collapse(r.getElementText());
            } else if (is(r, ATOM, "published")) {
                published = r.getElementText().strip();
            } else if (is(r, ATOM, "author")) {
                depth++;
            } else if (is(r, ATOM, "name")) {
                authors.add(collapse(r.getElementText()));
            } else if (is(r, ARXIV, "primary_category")) {
                primary = r.getAttributeValue(null, "term");
                depth++;
            } else if (is(r, ATOM, "category")) {
                String term = r.getAttributeValue(null, "term");
                if (term != null && !categories.contains(term)) {
                    categories.add(term);
                }
                depth++;
            } else if (is(r, ARXIV, "doi")) {
                doi = r.getElementText().strip();
            } else if (is(r, ARXIV, "journal_ref")) {
                journalRef = collapse(r.getElementText());
            } else {
                depth++;
            }
        }
        if (id.contains("/api/errors")) {
            throw new ArxivException("arXiv says: " + (summary.isEmpty() ? title : summary), false);
        }
        Matcher m = ABS_ID.matcher(id);
        if (!m.find()) {
            return null;
        }
        String bare = m.group(1);
        int version = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (primary == null || primary.isEmpty()) {
            primary = categories.isEmpty() ? "" : categories.get(0);
        }
        List<String> ordered = new ArrayList<>();
        if (!primary.isEmpty()) {
            ordered.add(primary);
        }
        for (String c : categories) {
            if (!ordered.contains(c)) {
                ordered.add(c);
            }
        }
        return new ArxivRecord(bare, version, title, authors, published.length() >= 10 ? published.substring(0, 10)
                : published, primary, ordered, doi, journalRef);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
