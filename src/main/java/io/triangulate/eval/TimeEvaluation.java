package io.triangulate.eval;

import io.triangulate.analysis.time.TimeExtractor;
import io.triangulate.model.TimeMention;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporal expressions against TimeBank + AQUAINT (TempEval-3 training data, {@code time/TBAQ-cleaned}):
 * the text of each document with its tags stripped goes through {@link TimeExtractor} with the document date
 * ({@code <DCT>}) as reference; spans are scored strictly (same offsets) and relaxed (overlap), values
 * TempEval-3 style (a relaxed match with the same value), types as accuracy over relaxed matches. Documents
 * are split by file name with {@link Split#heldOut}. The {@code testpipeline} folder repeats a TimeBank file
 * and is skipped. Set {@code -Dtriangulate.time.errors=FILE} to list the errors on the tuning part.
 */
public final class TimeEvaluation implements Evaluation {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @Override public String name() { return "timebank"; }

    @Override public String description() {
        return "TIMEX3 spans, values and types on TimeBank + AQUAINT (TBAQ-cleaned), document date as reference";
    }

    /** One gold or system expression in the stripped text. */
    record Span(int start, int end, String type, String value, String text) {}

    /** One document: stripped text, reference date, gold expressions. */
    record Doc(String name, String text, LocalDate dct, List<Span> gold) {}

    /** Counts for one part. */
    static final class Counts {
        int gold, sys, strict, relaxed, value, type, docs;
        long nanos, words;

        void add(Counts o) {
            gold += o.gold; sys += o.sys; strict += o.strict; relaxed += o.relaxed; value += o.value; type += o.type;
            docs += o.docs; nanos += o.nanos; words += o.words;
        }

        static double f1(int correct, int sys, int gold) {
            double p = sys == 0 ? 0 : (double) correct / sys, r = gold == 0 ? 0 : (double) correct / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        Path root = dataDir.resolve("time").resolve("TBAQ-cleaned");
        if (!Files.isDirectory(root)) throw new IOException(root + ": no such folder");
        List<Doc> docs = new ArrayList<>();
        for (String sub : List.of("TimeBank", "AQUAINT")) {
            Path dir = root.resolve(sub);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) docs.add(read(p));
            }
        }
        TimeExtractor ex = TimeExtractor.create();
        Counts tune = new Counts(), held = new Counts();
        String errFile = System.getProperty("triangulate.time.errors");
        PrintWriter err = errFile == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(errFile), StandardCharsets.UTF_8));
        for (int warm = 0; warm < 2; warm++) for (Doc d : docs) ex.extract(d.text(), "en", d.dct());
        for (Doc d : docs) {
            boolean h = Split.heldOut(d.name());
            long t0 = CPU.getCurrentThreadCpuTime();
            List<TimeMention> ms = ex.extract(d.text(), "en", d.dct());
            long t1 = CPU.getCurrentThreadCpuTime();
            Counts c = score(d, ms, h || err == null ? null : err);
            c.nanos = t1 - t0;
            c.words = d.text().split("\\s+").length;
            (h ? held : tune).add(c);
        }
        if (err != null) err.close();
        Counts all = new Counts();
        all.add(tune);
        all.add(held);
        List<Metric> m = new ArrayList<>();
        m.add(Metric.fraction("value F1", f(all, 'v'), f(tune, 'v'), f(held, 'v'), "≥ 0.85"));
        m.add(Metric.fraction("strict span F1", f(all, 's'), f(tune, 's'), f(held, 's'), "≥ 0.85"));
        m.add(Metric.fraction("strict span precision", p(all, all.strict), p(tune, tune.strict), p(held, held.strict), null));
        m.add(Metric.fraction("strict span recall", r(all, all.strict), r(tune, tune.strict), r(held, held.strict), null));
        m.add(Metric.fraction("relaxed span F1", f(all, 'r'), f(tune, 'r'), f(held, 'r'), null));
        m.add(Metric.fraction("type accuracy", acc(all), acc(tune), acc(held), null));
        double msPer600 = all.nanos / 1e6 / (all.words / 600.0);
        m.add(Metric.quantity("time per 600 words", msPer600, "ms", "< 1 ms"));
        List<String> notes = List.of(
                String.format(Locale.ROOT, "%d documents (%d tuning, %d held out), %d gold TIMEX3 in the texts (DCT excluded)",
                        all.docs, tune.docs, held.docs, all.gold),
                "value F1 = F1 of relaxed span matches whose TIMEX3 value is also right (TempEval-3); published: HeidelTime 0.776 value F1, 0.813 strict span F1 on the TempEval-3 platinum test",
                "time: CPU time of the extracting thread after warm-up (robust on a shared machine); the JMH benchmark io.triangulate.bench.TimeBenchmark measures wall-clock");
        return new EvalReport(name(), "time/TBAQ-cleaned", m, notes);
    }

    private static double f(Counts c, char which) {
        return switch (which) {
            case 's' -> Counts.f1(c.strict, c.sys, c.gold);
            case 'r' -> Counts.f1(c.relaxed, c.sys, c.gold);
            default -> Counts.f1(c.value, c.sys, c.gold);
        };
    }

    private static double p(Counts c, int k) { return c.sys == 0 ? 0 : (double) k / c.sys; }

    private static double r(Counts c, int k) { return c.gold == 0 ? 0 : (double) k / c.gold; }

    private static double acc(Counts c) { return c.relaxed == 0 ? 0 : (double) c.type / c.relaxed; }

    static Counts score(Doc d, List<TimeMention> sys, PrintWriter err) {
        Counts c = new Counts();
        c.docs = 1;
        c.gold = d.gold().size();
        c.sys = sys.size();
        boolean[] used = new boolean[sys.size()];
        for (Span g : d.gold()) {
            int best = -1;
            for (int k = 0; k < sys.size(); k++) {
                TimeMention m = sys.get(k);
                if (used[k] || m.end() <= g.start() || m.start() >= g.end()) continue;
                if (best < 0 || (m.start() == g.start() && m.end() == g.end())) best = k;
            }
            if (best < 0) {
                if (err != null) err.printf("MISS\t%s\t%s\t%s\t%s\t%s%n", d.name(), d.dct(), g.text().replace('\n', ' '), g.type(), g.value());
                continue;
            }
            used[best] = true;
            TimeMention m = sys.get(best);
            c.relaxed++;
            boolean strict = m.start() == g.start() && m.end() == g.end();
            if (strict) c.strict++;
            if (m.value().equals(g.value())) c.value++;
            if (m.type().name().equals(g.type())) c.type++;
            if (err != null && (!strict || !m.value().equals(g.value()))) {
                err.printf("%s\t%s\t%s\t%s\t%s\t%s\t|\t%s\t%s\t%s%n", strict ? "VALUE" : "SPAN", d.name(), d.dct(),
                        g.text().replace('\n', ' '), g.type(), g.value(), m.text().replace('\n', ' '), m.type(), m.value());
            }
        }
        if (err != null) {
            for (int k = 0; k < sys.size(); k++) {
                if (used[k]) continue;
                TimeMention m = sys.get(k);
                int a = Math.max(0, m.start() - 40), b = Math.min(d.text().length(), m.end() + 40);
                err.printf("FALSE\t%s\t%s\t%s\t%s\t%s\t%s%n", d.name(), d.dct(), m.text(), m.type(), m.value(),
                        d.text().substring(a, b).replace('\n', ' '));
            }
        }
        return c;
    }

    /** Reads one .tml file: the text inside TEXT with tags removed and entities decoded, with gold TIMEX3 offsets. */
    static Doc read(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString().replaceFirst("\\.tml$", "");
        Matcher dm = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>").matcher(s);
        if (!dm.find()) throw new IOException(p + ": no DCT");
        String dv = attr(dm.group(1), "value");
        if (dv == null || dv.length() < 10) throw new IOException(p + ": DCT without a date value");
        LocalDate dct = LocalDate.parse(dv.substring(0, 10));
        int a = s.indexOf("<TEXT>"), b = s.indexOf("</TEXT>");
        if (a < 0 || b < 0) throw new IOException(p + ": no TEXT");
        String body = s.substring(a + 6, b);
        StringBuilder out = new StringBuilder(body.length());
        List<Span> gold = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int pos = 0;
        int openStart = -1;
        String openType = null, openValue = null;
        while (m.find()) {
            out.append(decode(body.substring(pos, m.start())));
            pos = m.end();
            if (!m.group(2).equals("TIMEX3")) continue;
            if (m.group(1).isEmpty()) {
                openStart = out.length();
                openType = attr(m.group(3), "type");
                openValue = attr(m.group(3), "value");
            } else if (openStart >= 0) {
                gold.add(new Span(openStart, out.length(), openType, openValue == null ? "" : openValue, out.substring(openStart)));
                openStart = -1;
            }
        }
        out.append(decode(body.substring(pos)));
        return new Doc(name, out.toString(), dct, gold);
    }

    private static String attr(String attrs, String key) {
        Matcher m = ATTR.matcher(attrs);
        while (m.find()) if (m.group(1).equals(key)) return m.group(2);
        return null;
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
