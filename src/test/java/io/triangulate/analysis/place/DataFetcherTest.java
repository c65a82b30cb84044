package io.triangulate.analysis.place;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class DataFetcherTest {
    @TempDir Path tmp;

    static byte[] tgz(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                byte[] body = f.getValue().getBytes(StandardCharsets.UTF_8);
                byte[] h = new byte[512];
                byte[] name = f.getKey().getBytes(StandardCharsets.UTF_8);
                System.arraycopy(name, 0, h, 0, name.length);
                byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(size, 0, h, 124, size.length);
                h[156] = '0';
                System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 5);
                gz.write(h);
                gz.write(body);
                gz.write(new byte[(512 - body.length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return bo.toByteArray();
    }

    @Test
    void readsTheWantedEntriesOfATarball() throws IOException {
        Path f = tmp.resolve("p.tgz");
        Files.write(f, tgz(Map.of("package/a.txt", "alpha", "package/dist/b.txt", "x".repeat(700))));
        Map<String, byte[]> got = DataFetcher.read(f, p -> p.endsWith("b.txt"));
        assertEquals(1, got.size());
        assertEquals("x".repeat(700), new String(got.get("package/dist/b.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void integrityIsTheNpmSha512Form() {
        // sha512 of the empty input, base64
        assertEquals("sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
                DataFetcher.integrityOf(new byte[0]));
    }

    @Test
    void aTamperedDownloadIsRefusedWithAClearMessage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] body = "not the package".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            DataFetcher f = new DataFetcher(tmp, "http://127.0.0.1:" + server.getAddress().getPort());
            GazetteerUnavailableException e = assertThrows(GazetteerUnavailableException.class, () -> f.tarball(DataFetcher.ADMIN));
            assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
            assertFalse(Files.exists(tmp.resolve("npm").resolve(DataFetcher.ADMIN.fileName())));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void noNetworkSaysSo() {
        DataFetcher f = new DataFetcher(tmp, "http://127.0.0.1:9"); // discard port: nothing listens
        GazetteerUnavailableException e = assertThrows(GazetteerUnavailableException.class, () -> f.tarball(DataFetcher.CITIES));
        assertTrue(e.getMessage().startsWith("cannot fetch gazetteer data"), e.getMessage());
    }
}
