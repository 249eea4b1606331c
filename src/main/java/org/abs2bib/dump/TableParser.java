package org.abs2bib.dump;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a spreadsheet copied as TSV (what Excel and Google Sheets put on the clipboard) or saved as CSV: a header row
 * names the columns (Title, Abstract, Authors, Link, arXiv ID … in any order and case), each row is a paper, and
 * quoted cells may hold line breaks, delimiters and doubled quotes.
 */
final class TableParser {
    private final PaperSink sink;
    private final char delimiter;
    private final int headerLine;

    private TableParser(PaperSink sink, char delimiter, int headerLine) {
        this.sink = sink;
        this.delimiter = delimiter;
        this.headerLine = headerLine;
    }

    /** The delimiter when {@code header} is a spreadsheet's header row with a title column, else 0. */
    static char headerDelimiter(String header) {
        for (char d : new char[] {'\t', ',', ';', '|'}) {
            if (header.indexOf(d) < 0) {
                continue;
            }
            String[] cells = header.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
            if (cells.length < 2) {
                continue;
            }
            boolean title = false;
            int known = 0;
            for (String c : cells) {
                Column col = Column.of(c);
                title |= col == Column.TITLE;
                known += col != Column.OTHER ? 1 : 0;
            }
            if (title && known >= 2) {
                return d;
            }
        }
        return 0;
    }

    private enum Column {
        TITLE, ABSTRACT, AUTHORS, LINK, ARXIV, DOI, PMID, OTHER;

        static Column of(String header) {
            String h = header.strip().replaceAll("^\"|\"$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ")
                    .strip().replaceAll("\\s+", " ");
            return switch (h) {
                case "title", "paper", "paper title", "name", "article title", "titel", "titre" -> TITLE;
                case "abstract", "summary", "abstract text", "description" -> ABSTRACT;
                case "authors", "author", "author s", "authors list", "by", "autoren", "auteurs", "first author",
                        "lead author", "author names" -> AUTHORS;
                case "link", "url", "links", "pdf", "paper link", "paper url", "arxiv link", "arxiv url", "source" -> LINK;
                case "arxiv", "arxiv id", "arxivid", "eprint", "id", "arxiv number" -> ARXIV;
                case "doi" -> DOI;
                case "pmid", "pubmed id" -> PMID;
                default -> OTHER;
            };
        }
    }

    /** Parses the rest of the input: {@code text} holds the header row and everything after it. */
    static void parse(Reader text, char delimiter, int headerLine, PaperSink sink) throws IOException {
        new TableParser(sink, delimiter, headerLine).run(text);
    }

    private void run(Reader text) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<Column> columns = new ArrayList<>();
            for (CSVRecord row : parser) {
                int line = headerLine + (int) row.getRecordNumber() - 1;
                if (columns.isEmpty()) {
                    row.forEach(c -> columns.add(Column.of(c)));
                    continue;
                }
                row(row, columns, line);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            sink.warn(headerLine, "not placed: the rest of the table could not be read (" + e.getMessage() + ")");
        }
    }

    private void row(CSVRecord row, List<Column> columns, int line) {
        String title = "";
        StringBuilder ids = new StringBuilder();
        PaperBuilder b = new PaperBuilder(line);
        for (int k = 0; k < row.size() && k < columns.size(); k++) {
            String v = row.get(k).strip();
            if (v.isEmpty()) {
                continue;
            }
            switch (columns.get(k)) {
                case TITLE -> title = TitleText.clean(v.replace('\n', ' '));
                case ABSTRACT -> b.abstractText(v.replaceAll("\\s+", " "));
                case AUTHORS -> {
                    List<String> names = AuthorLine.names(v, true);
                    b.authors(names != null ? names : AuthorLine.split(v));
                }
                case LINK -> ids.append(' ').append(v);
                case ARXIV -> ids.append(" arXiv:").append(v.replaceFirst("(?i)^arxiv:\\s*", ""));
                case DOI -> ids.append(" doi:").append(v.replaceFirst("(?i)^(doi:\\s*|https?://(dx\\.)?doi\\.org/)", ""));
                case PMID -> ids.append(" PMID: ").append(v);
                default -> { }
            }
        }
        b.ids(Ids.in(ids.toString()));
        if (title.isEmpty()) {
            if (row.stream().anyMatch(c -> !c.isBlank())) {
                sink.warn(line, "not placed: a row without a title");
            }
            return;
        }
        b.title(title).emit(sink);
    }

    static Reader join(List<String> lines) {
        return new StringReader(String.join("\n", lines));
    }
}
