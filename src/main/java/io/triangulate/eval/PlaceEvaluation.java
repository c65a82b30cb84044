package io.triangulate.eval;

import io.triangulate.analysis.place.Gazetteer;
import io.triangulate.analysis.place.HomeRegions;
import io.triangulate.analysis.place.PlaceExtractor;
import io.triangulate.model.PlaceMention;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geocoding on the Local-Global Lexicon ({@code geo/lgl.xml}, 588 local US news articles): the share of all gold
 * toponyms (with coordinates) that the extractor finds (span overlap) and places within 161 km, and the precision
 * of what it outputs. Outlets' home regions are learnt from the extractor's own output on each outlet's articles
 * (no gold), as the pipeline does on a stream.
 */
public final class PlaceEvaluation implements Evaluation {
    static final double KM = 161.0;

    record Toponym(int start, int end, String phrase, Double lat, Double lon) {}

    record Doc(String id, String domain, String text, List<Toponym> gold) {}

    @Override public String name() { return "lgl"; }

    @Override public String description() {
        return "places: LGL toponyms found and placed within 161 km, precision of the output";
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        Path file = dataDir.resolve("geo").resolve("lgl.xml");
        if (!Files.isRegularFile(file)) throw new IOException("no LGL data at " + file);
        List<Doc> docs = read(file);
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.shared();
        double loadS = (System.nanoTime() - t0) / 1e9;
        PlaceExtractor x = new PlaceExtractor(g);
        HomeRegions homes = new HomeRegions(x);
        for (Doc d : docs) homes.add(d.domain(), d.text(), "en");
        if (System.getenv("TRIANGULATE_LGL_DUMP") != null) {
            java.util.TreeSet<String> domains = new java.util.TreeSet<>();
            for (Doc d : docs) domains.add(d.domain());
            for (String dom : domains) System.err.println("home " + dom + " → " + homes.options(dom) + " " + homes.describe(dom));
        }
        Counts all = new Counts(), tune = new Counts(), held = new Counts();
        long cpu = 0;
        List<String> misses = new ArrayList<>();
        for (Doc d : docs) {
            long s = System.nanoTime();
            List<PlaceMention> out = x.extract(d.text(), "en", homes.options(d.domain()));
            cpu += System.nanoTime() - s;
            Counts c = new Counts();
            score(d, out, c, misses);
            all.add(c);
            (Split.heldOut(d.id()) ? held : tune).add(c);
        }
        if (System.getenv("TRIANGULATE_LGL_DUMP") != null) {
            Files.write(Path.of(System.getenv("TRIANGULATE_LGL_DUMP")), misses);
        }
        List<Metric> m = List.of(
                Metric.fraction("toponyms found and placed ≤ 161 km", all.placedShare(), tune.placedShare(), held.placedShare(), "≥ 0.80"),
                Metric.fraction("toponyms found (span)", all.foundShare(), tune.foundShare(), held.foundShare(), null),
                Metric.fraction("precision (placed ≤ 161 km)", all.precision(), tune.precision(), held.precision(), null),
                Metric.fraction("precision (span)", all.spanPrecision(), tune.spanPrecision(), held.spanPrecision(), null),
                Metric.quantity("extraction time per article", cpu / 1e6 / docs.size(), "ms", null));
        List<String> notes = List.of(
                String.format(Locale.ROOT, "%d articles (%d held out), %d gold toponyms with coordinates (%d held out); "
                                + "published anchors: CamCoder 0.76, population baseline 0.70", docs.size(),
                        docs.stream().filter(d -> Split.heldOut(d.id())).count(), all.gold, held.gold),
                String.format(Locale.ROOT, "gazetteer load %.2f s (%d entries)", loadS, g.size()));
        return new EvalReport(name(), "geo/lgl.xml", m, notes);
    }

    static final class Counts {
        int gold, found, placed, out, outHit, outPlaced, outIgnored;

        void add(Counts c) {
            gold += c.gold;
            found += c.found;
            placed += c.placed;
            out += c.out;
            outHit += c.outHit;
            outPlaced += c.outPlaced;
            outIgnored += c.outIgnored;
        }

        double placedShare() { return gold == 0 ? 0 : placed / (double) gold; }

        double foundShare() { return gold == 0 ? 0 : found / (double) gold; }

        double precision() { return out - outIgnored == 0 ? 0 : outPlaced / (double) (out - outIgnored); }

        double spanPrecision() { return out == 0 ? 0 : outHit / (double) out; }
    }

    static void score(Doc d, List<PlaceMention> out, Counts c, List<String> log) {
        for (Toponym t : d.gold()) {
            if (t.lat() == null) continue;
            c.gold++;
            PlaceMention hit = null;
            for (PlaceMention m : out) {
                if (m.start() < t.end() && t.start() < m.end()) {
                    if (hit == null || within(m, t)) hit = m;
                }
            }
            if (hit != null) c.found++;
            if (hit != null && within(hit, t)) {
                c.placed++;
            } else if (log != null) {
                log.add((Split.heldOut(d.id()) ? "H " : "T ") + d.id() + "\t" + d.domain() + "\t" + t.phrase() + "\t"
                        + (hit == null ? "MISSED" : String.format(Locale.ROOT, "WRONG %s (%s, %s, %s) %.0f km", hit.text(),
                        hit.place().name(), hit.place().admin1(), hit.place().country(),
                        hit.place().distanceKm(t.lat(), t.lon()))) + "\t" + context(d.text(), t.start(), t.end()));
            }
        }
        for (PlaceMention m : out) {
            c.out++;
            boolean hit = false, placed = false, coordless = false;
            for (Toponym t : d.gold()) {
                if (m.start() < t.end() && t.start() < m.end()) {
                    hit = true;
                    if (t.lat() == null) coordless = true;
                    else if (m.place().distanceKm(t.lat(), t.lon()) <= KM) placed = true;
                }
            }
            if (hit) c.outHit++;
            if (placed) c.outPlaced++;
            else if (coordless) c.outIgnored++;
            if (!hit && log != null) {
                log.add((Split.heldOut(d.id()) ? "H " : "T ") + d.id() + "\t" + d.domain() + "\t" + m.text() + "\tSPURIOUS "
                        + m.place().name() + " (" + m.place().kind() + ", " + m.place().admin1() + ", " + m.place().country() + ")"
                        + "\t" + context(d.text(), m.start(), m.end()));
            }
        }
    }

    private static String context(String text, int s, int e) {
        int a = Math.max(0, s - 50), b = Math.min(text.length(), e + 50);
        return (text.substring(a, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, b)).replace('\n', ' ');
    }

    private static boolean within(PlaceMention m, Toponym t) {
        return m.place().distanceKm(t.lat(), t.lon()) <= KM;
    }

    static List<Doc> read(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            NodeList articles = doc.getElementsByTagName("article");
            List<Doc> out = new ArrayList<>(articles.getLength());
            for (int i = 0; i < articles.getLength(); i++) {
                Element a = (Element) articles.item(i);
                String text = child(a, "text");
                List<Toponym> gold = new ArrayList<>();
                NodeList tops = a.getElementsByTagName("toponym");
                for (int k = 0; k < tops.getLength(); k++) {
                    Element t = (Element) tops.item(k);
                    Element gaz = (Element) t.getElementsByTagName("gaztag").item(0);
                    Double lat = null, lon = null;
                    if (gaz != null && !child(gaz, "lat").isBlank()) {
                        lat = Double.parseDouble(child(gaz, "lat"));
                        lon = Double.parseDouble(child(gaz, "lon"));
                    }
                    gold.add(new Toponym(Integer.parseInt(child(t, "start").trim()), Integer.parseInt(child(t, "end").trim()),
                            child(t, "phrase"), lat, lon));
                }
                out.add(new Doc(a.getAttribute("docid"), child(a, "domain"), text, gold));
            }
            return out;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | NumberFormatException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent();
    }
}
