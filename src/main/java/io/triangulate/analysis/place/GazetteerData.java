package io.triangulate.analysis.place;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The gazetteer as flat arrays: what the index file holds and what {@link Gazetteer} serves from. Names are
 * looked up by the 64-bit hash of their normalised form ({@link Names}) in a sorted key table pointing into
 * one postings array (place index in the low 28 bits, {@link #PRIMARY}/{@link #ALTERNATE} flags above).
 */
final class GazetteerData {
    static final int PRIMARY = 1 << 28;
    static final int ALTERNATE = 1 << 29;
    static final int INDEX_MASK = (1 << 28) - 1;

    // kinds (internal; ADMIN2 shows as Place.Kind.CITY publicly, see Gazetteer)
    static final byte K_CITY = 0, K_ADMIN1 = 1, K_COUNTRY = 2, K_ADMIN2 = 3;
    // feature classes of cities
    static final byte F_PPL = 0, F_PPLC = 1, F_PPLA = 2, F_PPLA2 = 3, F_PPLA3 = 4, F_PPLX = 5, F_OTHER = 6, F_AREA = 7;

    private static final int MAGIC = 0x54524947; // "TRIG"

    final int n;
    final long[] ids;
    final String[] names;
    final String[] countries;
    final int[] admin1;       // index into admin1Codes, -1 if none
    final int[] admin2;       // index into admin2 places (place index of the ADMIN2 entry), -1 if none
    final float[] lat, lon;
    final long[] population;
    final byte[] kind, feature;
    final String[] admin1Codes; // "US.TX"
    final int[] admin1Place;    // place index of each admin1
    final long[] keys;          // sorted hashes
    final int[] postStart;      // keys.length + 1
    final int[] postings;

    GazetteerData(int n, long[] ids, String[] names, String[] countries, int[] admin1, int[] admin2, float[] lat,
                  float[] lon, long[] population, byte[] kind, byte[] feature, String[] admin1Codes, int[] admin1Place,
                  long[] keys, int[] postStart, int[] postings) {
        this.n = n;
        this.ids = ids;
        this.names = names;
        this.countries = countries;
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.kind = kind;
        this.feature = feature;
        this.admin1Codes = admin1Codes;
        this.admin1Place = admin1Place;
        this.keys = keys;
        this.postStart = postStart;
        this.postings = postings;
    }

    /** Index of the key with this hash, or -1. */
    int find(long hash) {
        int i = java.util.Arrays.binarySearch(keys, hash);
        return i < 0 ? -1 : i;
    }

    void write(Path file) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(Names.VERSION);
            out.writeInt(n);
            out.writeInt(admin1Codes.length);
            out.writeInt(keys.length);
            out.writeInt(postings.length);
            for (long v : ids) out.writeLong(v);
            for (float v : lat) out.writeFloat(v);
            for (float v : lon) out.writeFloat(v);
            for (long v : population) out.writeLong(v);
            out.write(kind);
            out.write(feature);
            for (int v : admin1) out.writeInt(v);
            for (int v : admin2) out.writeInt(v);
            for (int v : admin1Place) out.writeInt(v);
            for (long v : keys) out.writeLong(v);
            for (int v : postStart) out.writeInt(v);
            for (int v : postings) out.writeInt(v);
            writeStrings(out, countries);
            writeStrings(out, admin1Codes);
            writeStrings(out, names);
        }
        DataFetcher.readable(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeStrings(DataOutputStream out, String[] s) throws IOException {
        byte[][] b = new byte[s.length][];
        int total = 0;
        for (int i = 0; i < s.length; i++) {
            b[i] = s[i].getBytes(StandardCharsets.UTF_8);
            total += b[i].length;
        }
        out.writeInt(total);
        for (byte[] x : b) out.writeInt(x.length);
        for (byte[] x : b) out.write(x);
    }

    /** Reads an index file; null when it is of another version or not an index. */
    static GazetteerData read(Path file) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(file));
        if (bb.remaining() < 24 || bb.getInt() != MAGIC || bb.getInt() != Names.VERSION) return null;
        int n = bb.getInt(), na1 = bb.getInt(), nk = bb.getInt(), np = bb.getInt();
        long[] ids = new long[n];
        bb.asLongBuffer().get(ids);
        bb.position(bb.position() + 8 * n);
        float[] lat = new float[n], lon = new float[n];
        bb.asFloatBuffer().get(lat);
        bb.position(bb.position() + 4 * n);
        bb.asFloatBuffer().get(lon);
        bb.position(bb.position() + 4 * n);
        long[] pop = new long[n];
        bb.asLongBuffer().get(pop);
        bb.position(bb.position() + 8 * n);
        byte[] kind = new byte[n], feature = new byte[n];
        bb.get(kind);
        bb.get(feature);
        int[] admin1 = ints(bb, n), admin2 = ints(bb, n), admin1Place = ints(bb, na1);
        long[] keys = new long[nk];
        bb.asLongBuffer().get(keys);
        bb.position(bb.position() + 8 * nk);
        int[] postStart = ints(bb, nk + 1), postings = ints(bb, np);
        String[] countries = strings(bb, n, true), admin1Codes = strings(bb, na1, false), names = strings(bb, n, false);
        return new GazetteerData(n, ids, names, countries, admin1, admin2, lat, lon, pop, kind, feature, admin1Codes,
                admin1Place, keys, postStart, postings);
    }

    private static int[] ints(ByteBuffer bb, int n) {
        int[] a = new int[n];
        bb.asIntBuffer().get(a);
        bb.position(bb.position() + 4 * n);
        return a;
    }

    private static String[] strings(ByteBuffer bb, int n, boolean intern) {
        bb.getInt();
        int[] len = ints(bb, n);
        String[] s = new String[n];
        byte[] arr = bb.array();
        int pos = bb.position();
        java.util.Map<String, String> pool = intern ? new java.util.HashMap<>() : null;
        for (int i = 0; i < n; i++) {
            String v = new String(arr, pos, len[i], StandardCharsets.UTF_8);
            s[i] = pool == null ? v : pool.computeIfAbsent(v, k -> k);
            pos += len[i];
        }
        bb.position(pos);
        return s;
    }
}
