package io.triangulate.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 (port chosen by the system) for tests: routes, request log, counters. */
public final class LocalHttp implements AutoCloseable {
    /** Answers one request. */
    public interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    /** One request as the server saw it. */
    public record Request(String path, Headers headers) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> bodies = new ConcurrentHashMap<>();

    public LocalHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // several requests at once (a stalled answer does not block the others); daemon threads end with the tests
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The URL of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalHttp route(String path, Handler h) {
        server.createContext(path, ex -> {
            try (ex) {
                // logged before answering: the client never sees an answer before its request is logged
                requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders()));
                h.handle(ex);
            }
        });
        return this;
    }

    /** A fixed document with a content type. */
    public LocalHttp document(String path, String contentType, String body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    /** Sends a full response and counts it as a body sent for its path. */
    public void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        if (status == 200) bodies.computeIfAbsent(ex.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
    }

    /** An empty response (304, 500…). */
    public static void status(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
    }

    /** How many 200 bodies were sent for a path. */
    public int bodiesSent(String path) {
        AtomicInteger n = bodies.get(path);
        return n == null ? 0 : n.get();
    }

    /** Every request to a path, in order. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override public void close() {
        server.stop(0);
    }
}
