package io.triangulate.bench;

import io.triangulate.api.ApiServer;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Attribution;
import io.triangulate.model.Event;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Evidence;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Location;
import io.triangulate.model.Modality;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import io.triangulate.model.Sentence;
import io.triangulate.store.Store;
import io.triangulate.store.StoreUpdate;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load benchmark of the REST API: fills a store with synthetic records (articles with their analysis,
 * stories of two or three articles, one main event per story with facts and evidence), serves it on
 * loopback, and drives it with concurrent clients, reporting requests per second and latency
 * percentiles for the events list and for event pages.
 *
 * <pre>./triangulate bench-api [--articles N] [--clients N] [--seconds N] [--db DIR]</pre>
 */
public final class ApiLoadBench {
    /** What to run. */
    public record Options(int articles, int clients, int warmupSeconds, int seconds, Path db) {
        public Options {
            if (articles < 1) throw new IllegalArgumentException("articles must be positive");
            if (clients < 1) throw new IllegalArgumentException("clients must be positive");
            if (seconds < 1) throw new IllegalArgumentException("seconds must be positive");
        }
    }

    /** The figures of one scenario. */
    public record Result(String scenario, long requests, long errors, double seconds, double perSecond,
                         double p50ms, double p99ms, double maxMs) {
        @Override public String toString() {
            return String.format(Locale.ROOT, "%-28s %8d req %4d err %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  max %7.1f ms",
                    scenario, requests, errors, perSecond, p50ms, p99ms, maxMs);
        }
    }

    private static final String[][] TOWNS = {
            {"Baghdad", "IQ", "Baghdad", "33.34", "44.40"}, {"Mosul", "IQ", "Nineveh", "36.34", "43.13"},
            {"Kabul", "AF", "Kabul", "34.53", "69.17"}, {"Goma", "CD", "North Kivu", "-1.68", "29.22"},
            {"Aleppo", "SY", "Aleppo", "36.20", "37.16"}, {"Sanaa", "YE", "Amanat Alasimah", "15.35", "44.21"},
            {"Mogadishu", "SO", "Banaadir", "2.04", "45.34"}, {"Kharkiv", "UA", "Kharkiv", "49.99", "36.23"},
            {"Maiduguri", "NG", "Borno", "11.85", "13.16"}, {"Chicago", "US", "Illinois", "41.85", "-87.65"},
            {"Bamako", "ML", "Bamako", "12.65", "-8.00"}, {"Lahore", "PK", "Punjab", "31.55", "74.34"}};
    private static final String[] WEAPONS = {"rocket", "mortar shell", "grenade", "car bomb", "drone"};
    private static final EventType[] TYPES = {EventType.ART_MISS_ATTACK, EventType.ARMED_CLASH, EventType.AIR_STRIKE,
            EventType.SUIC_BOMB, EventType.ATTACK, EventType.PEACE_PROTEST};

    private ApiLoadBench() {}

    /** Fills {@code store} with {@code n} synthetic articles; returns the ids of the events made. */
    public static List<String> fill(Store store, int n, PrintStream log) {
        SplittableRandom rnd = new SplittableRandom(7);
        List<String> eventIds = new ArrayList<>();
        int story = 0, i = 0;
        long t0 = System.nanoTime();
        LocalDate day0 = LocalDate.of(2020, 1, 1);
        List<StoreUpdate.NewArticle> batch = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        while (i < n) {
            story++;
            String sid = "s" + story;
            int size = Math.min(n - i, 2 + rnd.nextInt(2));
            String[] town = TOWNS[rnd.nextInt(TOWNS.length)];
            Place place = new Place(1000 + rnd.nextInt(1_000_000), town[0], town[1], town[2],
                    Double.parseDouble(town[3]) + rnd.nextDouble(-0.3, 0.3), Double.parseDouble(town[4]) + rnd.nextDouble(-0.3, 0.3),
                    100_000, Place.Kind.CITY);
            LocalDate date = day0.plusDays(rnd.nextInt(5 * 365));
            EventType type = TYPES[rnd.nextInt(TYPES.length)];
            int killed = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(30);
            List<String> ids = new ArrayList<>();
            List<FactValue> weaponValues = new ArrayList<>();
            for (int k = 0; k < size; k++, i++) {
                String id = "a" + i;
                ids.add(id);
                String weapon = WEAPONS[(story + (k == size - 1 && story % 3 == 0 ? 1 : 0)) % WEAPONS.length];
                String s1 = "Two " + weapon + "s hit " + town[0] + " on " + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                        + ", killing " + killed + " people, officials said.";
                String s2 = " Witnesses described damage to houses and a market near the " + town[2] + " road, report " + i + ".";
                String text = s1 + s2 + " The area was sealed off while investigators worked.";
                Article a = new Article(id, "Outlet " + (i % 40), "https://news" + (i % 40) + ".example.com/" + date + "/story-" + i,
                        type.name().replace('_', ' ').toLowerCase(Locale.ROOT) + " in " + town[0], date.plusDays(1), "en", text, "bench");
                int p = text.indexOf(town[0]);
                int w = text.indexOf("Two ");
                Attribution attr = new Attribution("officials", null, Modality.REPORTED);
                AnalysedArticle an = new AnalysedArticle(a, text, "en", date.plusDays(1), false,
                        List.of(new Sentence(0, 0, s1.length(), s1, attr, false), new Sentence(1, s1.length() + 1, s1.length() + s2.length(), s2.strip(), Attribution.OWN_VOICE, false)),
                        List.of(new PlaceMention(p, p + town[0].length(), town[0], place, null, false, 0.9)), List.of(),
                        List.of(new Figure(w, w + 4 + weapon.length() + 1, "Two " + weapon + "s", FigureKind.WEAPON, 2, 2, false, weapon)),
                        type, List.of(new EventMention(id, 0, EventMention.Role.MAIN, type, date, null,
                        new PlaceMention(p, p + town[0].length(), town[0], place, null, false, 0.9), List.of(), List.of(), List.of(), List.of(0))));
                batch.add(new StoreUpdate.NewArticle(a, an, sid));
                FactValue match = weaponValues.stream().filter(v -> v.value().equals(weapon)).findFirst().orElse(null);
                Evidence ev = new Evidence(id, s1, 0, s1.length(), attr);
                if (match == null) weaponValues.add(new FactValue(weapon, 2, List.of(id), List.of("officials"), List.of(ev), 0.6));
                else {
                    weaponValues.remove(match);
                    List<String> arts = new ArrayList<>(match.articles());
                    arts.add(id);
                    List<Evidence> evs = new ArrayList<>(match.evidence());
                    evs.add(ev);
                    weaponValues.add(new FactValue(weapon, 2, arts, List.of("officials"), evs, 0.8));
                }
            }
            FactStatus ws = weaponValues.size() > 1 ? FactStatus.CONFLICT : ids.size() > 1 ? FactStatus.AGREED : FactStatus.SINGLE;
            List<Fact> facts = List.of(
                    new Fact("weapon", ws, weaponValues, ws == FactStatus.CONFLICT ? null : weaponValues.get(0).value()),
                    new Fact("killed", ids.size() > 1 ? FactStatus.AGREED : FactStatus.SINGLE,
                            List.of(new FactValue(Integer.toString(killed), null, ids, List.of("officials"), List.of(), 0.7)), Integer.toString(killed)),
                    new Fact("location", ids.size() > 1 ? FactStatus.AGREED : FactStatus.SINGLE,
                            List.of(new FactValue(town[0], null, ids, List.of(), List.of(), 0.8)), town[0]));
            String eid = sid + "-e1";
            eventIds.add(eid);
            events.add(new Event(eid, sid, "main", type, date, Location.of(place), killed, null, ids, facts));
            if (batch.size() >= 5000) {
                store.bulkLoad(batch, events);
                batch.clear();
                events.clear();
                log.printf(Locale.ROOT, "bench: %d articles stored (%.0f/s)%n", i, i / ((System.nanoTime() - t0) / 1e9));
            }
        }
        store.bulkLoad(batch, events);
        log.printf(Locale.ROOT, "bench: %d articles, %d stories, %d events stored in %.1f s%n", n, story, eventIds.size(), (System.nanoTime() - t0) / 1e9);
        return eventIds;
    }

    /** Drives {@code GET base + path(i)} from {@code clients} threads for {@code seconds}. */
    public static Result drive(String scenario, String base, IntFunction<String> path, int clients, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            final int me = c;
            threads[c] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                SplittableRandom r = new SplittableRandom(me * 31L + 1);
                while (System.nanoTime() < end) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path.apply(r.nextInt(Integer.MAX_VALUE)))).GET().build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) errors.incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                    mine[n++] = System.nanoTime() - t;
                }
                lat[me] = mine;
                counts[me] = n;
            }, "bench-client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) t.join();
        double secs = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int n : counts) total += n;
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(lat[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        return new Result(scenario, total, errors.get(), secs, total / secs, pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Runs the benchmark and prints its figures. */
    public static List<Result> run(Options o, PrintStream out, PrintStream log) throws Exception {
        Path db = o.db() != null ? o.db() : Files.createTempDirectory("triangulate-bench");
        List<Result> results = new ArrayList<>();
        try (Store store = Store.open(db)) {
            results = run(o, store, db, out, log);
        } finally {
            if (o.db() == null) deleteTree(db);
        }
        return results;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static List<Result> run(Options o, Store store, Path db, PrintStream out, PrintStream log) throws Exception {
        List<Result> results = new ArrayList<>();
        {
            List<String> eventIds;
            if (store.stats().articles() >= o.articles()) {
                log.println("bench: reusing " + store.stats() + " in " + db);
                eventIds = new ArrayList<>();
                store.forEachEvent(io.triangulate.store.EventQuery.builder().build(), e -> eventIds.add(e.id()));
            } else {
                if (store.stats().articles() > 0) throw new IllegalArgumentException(db + " holds other data: give an empty --db");
                eventIds = fill(store, o.articles(), log);
            }
            try (ApiServer server = ApiServer.builder(store).port(0).start()) {
                String base = "http://127.0.0.1:" + server.port();
                String[] countries = Arrays.stream(TOWNS).map(t -> t[1]).distinct().toArray(String[]::new);
                IntFunction<String> list = r -> "/api/events?limit=50";
                IntFunction<String> filtered = r -> switch (r % 3) {
                    case 0 -> "/api/events?limit=50&country=" + countries[r % countries.length];
                    case 1 -> "/api/events?limit=50&from=2022-01-01&to=2022-03-31&type=ARMED_CLASH";
                    default -> "/api/events?limit=50&near=33.3,44.4&radiusKm=100";
                };
                IntFunction<String> page = r -> "/api/events/" + eventIds.get(r % eventIds.size());
                log.printf("bench: %d clients, %d s per scenario after %d s warm-up, on %s%n", o.clients(), o.seconds(), o.warmupSeconds(), base);
                if (o.warmupSeconds() > 0) {
                    drive("warm-up", base, page, o.clients(), o.warmupSeconds());
                    drive("warm-up", base, list, o.clients(), o.warmupSeconds());
                }
                results.add(drive("GET /api/events (first page)", base, list, o.clients(), o.seconds()));
                results.add(drive("GET /api/events (filtered)", base, filtered, o.clients(), o.seconds()));
                results.add(drive("GET /api/events/{id}", base, page, o.clients(), o.seconds()));
            }
            out.printf(Locale.ROOT, "API load: %d stored articles, %d events, %d concurrent clients on loopback, %d cores%n",
                    store.stats().articles(), store.stats().events(), o.clients(), Runtime.getRuntime().availableProcessors());
            for (Result r : results) out.println(r);
        }
        return results;
    }

    /** {@code ApiLoadBench [articles] [clients] [seconds]}. */
    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        run(new Options(articles, clients, 3, seconds, null), System.out, System.err);
    }
}
