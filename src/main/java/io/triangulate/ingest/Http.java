package io.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The few HTTP GETs ingest makes, only for URLs the user gave (or links of their feeds): connect and
 * whole-request timeouts, a clear User-Agent, gzip, redirects (never https → http), a size limit on the
 * decoded body, and conditional requests ({@code If-None-Match}, {@code If-Modified-Since}). Every failure
 * is a {@link BadInput} whose message is a one-line reason (DNS, refused, timeout, HTTP status, too large).
 */
final class Http {
    /** The User-Agent sent with every request. */
    static final String USER_AGENT = "Triangulate/0.1 (news event reconciliation; feed and page reader)";

    /** Validators of an earlier response, for a conditional GET; either may be null. */
    record Validators(String etag, String lastModified) {
        static final Validators NONE = new Validators(null, null);

        boolean isEmpty() { return etag == null && lastModified == null; }
    }

    /** A response: 200 with its body, or 304 (not modified, empty body). */
    record Response(URI uri, int status, byte[] body, String contentType, Validators validators) {
        boolean notModified() { return status == 304; }
    }

    /** A failure that carries the server's Retry-After (seconds), when it gave one. */
    static final class Failure extends BadInput {
        final long retryAfterSeconds;

        Failure(String reason, long retryAfterSeconds) {
            super(reason);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** Closes the body of a response that stalls: the client's own timeout ends when the headers arrive. */
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "http-body-timeout");
                t.setDaemon(true);
                return t;
            });

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    Http(Duration connectTimeout, Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    static boolean isUrl(String path) {
        String p = path.strip().toLowerCase(Locale.ROOT);
        return p.startsWith("http://") || p.startsWith("https://");
    }

    /** Parses a user-given URL, naming the problem when it is not an absolute http(s) URL with a host. */
    static URI uri(String url) throws BadInput {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new BadInput("not a valid URL: " + e.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new BadInput("only http and https URLs can be fetched");
        if (u.getHost() == null || u.getHost().isBlank()) throw new BadInput("the URL has no host name");
        return u;
    }

    /** GETs {@code uri}; a 304 answer to a conditional request is returned, every other non-2xx is a failure. */
    Response get(URI uri, Validators prior) throws BadInput {
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
                        + "text/html;q=0.8, */*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET();
        if (prior != null && prior.etag() != null) rb.header("If-None-Match", prior.etag());
        if (prior != null && prior.lastModified() != null) rb.header("If-Modified-Since", prior.lastModified());
        HttpResponse<InputStream> r;
        try {
            r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInput("interrupted");
        } catch (IOException e) {
            throw new BadInput(reason(uri, e));
        }
        HttpHeaders h = r.headers();
        int status = r.statusCode();
        try (InputStream raw = r.body()) {
            Validators v = new Validators(h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
            if (status == 304) return new Response(r.uri(), status, new byte[0], null, v);
            if (status < 200 || status > 299) {
                throw new Failure("HTTP " + status + statusText(status), retryAfter(h));
            }
            java.util.OptionalLong length = h.firstValueAsLong("Content-Length");
            boolean gzip = h.firstValue("Content-Encoding").map(s -> s.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
            if (!gzip && length.isPresent() && length.getAsLong() > maxBytes) {
                // rejected from its announced size: the body is never read
                throw new BadInput("response " + Bytes.tooLarge(length.getAsLong(), maxBytes));
            }
            byte[] body;
            java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
            var watchdog = WATCHDOG.schedule(() -> {
                expired.set(true);
                try {
                    raw.close();
                } catch (IOException ignored) {
                    // closing is all we can do
                }
            }, timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
                body = Bytes.readBounded(in, maxBytes);
            } catch (BadInput e) {
                throw new BadInput("response " + e.getMessage());
            } catch (IOException e) {
                if (expired.get()) throw new BadInput("timed out reading the response after " + timeout.toSeconds() + " s");
                throw e;
            } finally {
                watchdog.cancel(false);
            }
            if (expired.get()) throw new BadInput("timed out reading the response after " + timeout.toSeconds() + " s");
            return new Response(r.uri(), status, body, h.firstValue("Content-Type").orElse(null), v);
        } catch (HttpTimeoutException e) {
            throw new BadInput("timed out reading the response after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new BadInput("cannot read the response: " + message(e));
        }
    }

    private String reason(URI uri, IOException e) {
        if (e instanceof HttpConnectTimeoutException) return "connection timed out (no answer from " + uri.getHost() + ")";
        if (e instanceof HttpTimeoutException) return "timed out after " + timeout.toSeconds() + " s";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "cannot resolve host name '" + uri.getHost() + "' (DNS)";
            }
            if (t instanceof ConnectException) return "connection refused by " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            if (t instanceof javax.net.ssl.SSLException) return "TLS error: " + message(t);
        }
        return "cannot fetch: " + message(e);
    }

    private static long retryAfter(HttpHeaders h) {
        return h.firstValue("Retry-After").map(String::strip).filter(s -> s.matches("\\d{1,9}")).map(Long::parseLong).orElse(0L);
    }

    private static String statusText(int status) {
        String t = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        return t.isEmpty() ? "" : " " + t;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
