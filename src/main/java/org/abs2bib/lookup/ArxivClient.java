package org.abs2bib.lookup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.abs2bib.internal.HttpBodies;
import org.abs2bib.internal.SharedPace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;

/**
 * The arXiv API over HTTP, within arXiv's terms: one connection, at least {@code minInterval} between the end of one
 * exchange and the start of the next (3 s by default), bounded retries with growing pauses on 429, 503, other 5xx, resets, timeouts,
 * truncated XML and empty pages (arXiv answers some queries empty that have hits a moment later: an empty page is
 * asked once more before it is believed), honouring {@code Retry-After}. Queries go by POST, so long batched
 * queries stay out of the URL.
 */
public final class ArxivClient implements AutoCloseable {
    /** 20 MB: far above the largest page we ask for; a larger answer is not arXiv's. */
    private static final int MAX_RESPONSE = 20 << 20;

    /**
     * @param endpoint        the query URL
     * @param minInterval     between the starts of two requests
     * @param connectTimeout  to open the connection
     * @param responseTimeout for the server to answer (a server that never answers is cut off)
     * @param maxRetries      further tries after the first, for faults that may pass
     * @param userAgent       names the tool, as arXiv asks
     */
    public record Settings(URI endpoint, Duration minInterval, Duration connectTimeout, Duration responseTimeout,
                           int maxRetries, String userAgent) {
        public static final URI ARXIV = URI.create("https://export.arxiv.org/api/query");

        public Settings {
            Objects.requireNonNull(endpoint);
            if (minInterval.isNegative()) {
                throw new IllegalArgumentException("the delay between requests cannot be negative");
            }
        }

        public static Settings defaults(String userAgent) {
            return new Settings(ARXIV, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
                    userAgent);
        }

        public Settings withEndpoint(URI uri) {
            return new Settings(uri, minInterval, connectTimeout, responseTimeout, maxRetries, userAgent);
        }

        public Settings withMinInterval(Duration d) {
            return new Settings(endpoint, d, connectTimeout, responseTimeout, maxRetries, userAgent);
        }

        public Settings withResponseTimeout(Duration d) {
            return new Settings(endpoint, minInterval, connectTimeout, d, maxRetries, userAgent);
        }

        public Settings withMaxRetries(int n) {
            return new Settings(endpoint, minInterval, connectTimeout, responseTimeout, n, userAgent);
        }
    }

    private record Reply(int status, byte[] body, String retryAfter) {
    }

    private final Settings settings;
    private final SharedPace pace;
    private final CloseableHttpClient http;
    private final AtomParser parser = new AtomParser();
    private LookupProgress progress = new LookupProgress() {
        @Override
        public void accept(int settled) {
        }
    };
    private int requests;
    private int retries;

    public ArxivClient(Settings settings) {
        this(settings, null);
    }

    /**
     * A client that also keeps the pause with every other abs2bib on this machine, through a lock file in
     * {@code paceFolder} (the cache's folder): arXiv's terms are per machine, not per run.
     */
    public ArxivClient(Settings settings, Path paceFolder) {
        this.settings = settings;
        this.pace = new SharedPace(paceFolder, "arxiv", settings.minInterval());
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(1).setMaxConnPerRoute(1)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout())).build())
                .build();
        this.http = HttpClients.custom().setConnectionManager(connections).setUserAgent(settings.userAgent())
                .disableAutomaticRetries().disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout())).build())
                .build();
    }

    public int requests() {
        return requests;
    }

    /** Who hears why the client waits when it retries (a progress line); nobody by default. */
    public void reportWaitsTo(LookupProgress listener) {
        this.progress = listener;
    }

    public int retries() {
        return retries;
    }

    /** A {@code search_query} page from the start. */
    public AtomFeed search(String searchQuery, int maxResults) throws ArxivException {
        return call(List.of(new BasicNameValuePair("search_query", searchQuery),
                new BasicNameValuePair("start", "0"), new BasicNameValuePair("max_results", String.valueOf(maxResults))));
    }

    /** Records by id (without versions: the latest version, whose {@code published} is still v1's date). */
    public AtomFeed byIds(List<String> ids) throws ArxivException {
        return call(List.of(new BasicNameValuePair("id_list", String.join(",", ids)),
                new BasicNameValuePair("start", "0"), new BasicNameValuePair("max_results", String.valueOf(ids.size()))));
    }

    private AtomFeed call(List<NameValuePair> form) throws ArxivException {
        ArxivException last = null;
        boolean retriedEmpty = false;
        Duration pause = Duration.ZERO;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            if (attempt > 0) {
                retries++;
                progress.waiting((pause.toMillis() + 999) / 1000, last.getMessage(), attempt, settings.maxRetries());
                SharedPace.sleep(pause);
            }
            Reply reply;
            try {
                reply = post(form);
            } catch (java.net.UnknownHostException e) {
                // no network or no DNS: retrying for a minute and a half helps nobody
                throw new ArxivException.Unreachable(ArxivException.Unreachable.PREFIX + ": "
                        + settings.endpoint().getHost() + " could not be found (no network connection?)", e);
            } catch (java.net.ConnectException e) {
                throw new ArxivException.Unreachable(ArxivException.Unreachable.PREFIX + ": "
                        + settings.endpoint().getHost() + ":" + port(settings.endpoint()) + " refused the connection", e);
            } catch (IOException e) {
                last = new ArxivException("no answer from arXiv (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", true, e);
                pause = backoff(attempt, null);
                continue;
            }
            if (reply.status() == 429 || reply.status() >= 500) {
                last = new ArxivException("arXiv answered HTTP " + reply.status(), true);
                pause = backoff(attempt, reply.retryAfter());
                continue;
            }
            if (reply.status() != 200) {
                try {
                    parser.parse(reply.body()); // an error feed carries arXiv's own message
                } catch (ArxivException e) {
                    if (!e.retryable()) {
                        throw e;
                    }
                }
                throw new ArxivException("arXiv answered HTTP " + reply.status(), false);
            }
            AtomFeed feed;
            try {
                feed = parser.parse(reply.body());
            } catch (ArxivException e) {
                if (!e.retryable()) {
                    throw e;
                }
                last = e;
                pause = backoff(attempt, null);
                continue;
            }
            // arXiv sometimes answers an empty page that has hits a moment later: worth one more try
            if (feed.entries().isEmpty() && !retriedEmpty) {
                retriedEmpty = true;
                last = new ArxivException("arXiv returned an empty page", true);
                pause = backoff(attempt, null);
                continue;
            }
            return feed;
        }
        throw new ArxivException(last.getMessage() + "; gave up after " + (settings.maxRetries() + 1) + " tries",
                true, last);
    }

    private static int port(java.net.URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** Twice the interval, then four times, … and never less than the server asks for. */
    private Duration backoff(int attempt, String retryAfter) {
        Duration base = settings.minInterval().isZero() ? Duration.ofMillis(100) : settings.minInterval();
        Duration wait = base.multipliedBy(1L << Math.min(attempt + 1, 6));
        Duration asked = parseRetryAfter(retryAfter);
        return asked.compareTo(wait) > 0 ? asked : wait;
    }

    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.min(600, Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d.compareTo(Duration.ofMinutes(10)) > 0
                        ? Duration.ofMinutes(10) : d;
            } catch (DateTimeParseException e2) {
                return Duration.ZERO;
            }
        }
    }

    private Reply post(List<NameValuePair> form) throws IOException {
        requests++;
        HttpPost post = new HttpPost(settings.endpoint());
        post.setEntity(new UrlEncodedFormEntity(new ArrayList<>(form), StandardCharsets.UTF_8));
        return pace.send(() -> exchange(post));
    }

    private Reply exchange(HttpPost post) throws IOException {
        return http.execute(post, (ClassicHttpResponse response) -> {
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new Reply(response.getCode(), HttpBodies.read(response, MAX_RESPONSE),
                    retryAfter == null ? null : retryAfter.getValue());
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
