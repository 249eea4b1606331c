package org.abs2bib.venue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.abs2bib.internal.HttpBodies;
import org.abs2bib.internal.SharedPace;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * One JSON web service, asked within its terms: one connection, a pause between requests kept with every abs2bib on
 * the machine, a few retries with growing pauses on 429 (Semantic Scholar sends no {@code Retry-After}), 5xx and
 * broken connections. What is not JSON where JSON was due (DBLP's bot challenge, an HTML error page) is a failure,
 * never read as "nothing found".
 */
final class JsonService implements AutoCloseable {
    private static final int MAX_RESPONSE = 20 << 20;
    private static final int TRIES = 3;

    /** The service could not answer: the papers asked about stay unknown. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    /** An answer: its status and, for 200, its JSON; {@code null} JSON for a 404. */
    record Answer(int status, JsonNode json) {
    }

    private final String name;
    private final Duration pause;
    private final Map<String, String> headers;
    private final SharedPace pace;
    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private int requests;

    JsonService(String name, Duration pause, Duration timeout, String userAgent, Map<String, String> headers,
                Path paceFolder) {
        this.name = name;
        this.pause = pause;
        this.headers = Map.copyOf(headers);
        this.pace = new SharedPace(paceFolder, name.toLowerCase().replace(' ', '-'), pause);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(1)
                        .setMaxConnPerRoute(1).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.of(timeout)).build())
                        .build())
                .setUserAgent(userAgent).disableAutomaticRetries().disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build())
                .build();
    }

    int requests() {
        return requests;
    }

    Answer get(URI uri) throws Failed {
        return send(() -> new HttpGet(uri));
    }

    Answer post(URI uri, String body) throws Failed {
        return send(() -> {
            HttpPost post = new HttpPost(uri);
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            return post;
        });
    }

    private interface RequestMaker {
        HttpUriRequestBase make();
    }

    private Answer send(RequestMaker maker) throws Failed {
        String last = "";
        for (int attempt = 0; attempt < TRIES; attempt++) {
            if (attempt > 0) {
                SharedPace.sleep(pause.isZero() ? Duration.ofMillis(100 << attempt)
                        : pause.multipliedBy(2L << attempt));
            }
            HttpUriRequestBase request = maker.make();
            headers.forEach(request::setHeader);
            Reply reply;
            try {
                reply = exchange(request);
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                continue;
            }
            if (reply.status() == 429 || reply.status() >= 500) {
                last = "HTTP " + reply.status();
                continue;
            }
            if (reply.status() == 404) {
                return new Answer(404, null);
            }
            if (reply.status() != 200) {
                throw new Failed(name + " answered HTTP " + reply.status());
            }
            try {
                return new Answer(200, json.readTree(reply.body()));
            } catch (JsonProcessingException e) {
                // a challenge page or a proxy's error page where JSON was due: not an answer, and not worth retrying
                throw new Failed(name + " answered something that is not JSON (" + start(reply.body()) + "…)");
            } catch (IOException e) {
                throw new Failed(name + ": " + e.getMessage());
            }
        }
        throw new Failed(name + ": " + last + "; gave up after " + TRIES + " tries");
    }

    private record Reply(int status, byte[] body) {
    }

    private Reply exchange(HttpUriRequestBase request) throws IOException {
        requests++;
        return pace.send(() -> call(request));
    }

    private Reply call(HttpUriRequestBase request) throws IOException {
        return http.execute(request, (ClassicHttpResponse response) ->
                new Reply(response.getCode(), HttpBodies.read(response, MAX_RESPONSE)));
    }

    private static String start(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8).strip();
        return s.replaceAll("\\s+", " ");
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
