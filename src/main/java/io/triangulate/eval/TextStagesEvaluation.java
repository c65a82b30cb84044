package io.triangulate.eval;

import io.triangulate.analysis.language.LanguageDetector;
import io.triangulate.analysis.text.SentenceSplitter;
import io.triangulate.analysis.text.Terms;
import io.triangulate.clean.Cleaned;
import io.triangulate.clean.Cleaner;
import io.triangulate.clean.Removed;
import io.triangulate.ingest.InputFormat;
import io.triangulate.ingest.Ingestor;
import io.triangulate.model.Article;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text stages (ingest, language, clean, sentences, terms) on the English news of {@code gva} and
 * {@code ecbplus}: articles accepted and rejected, the share identified as English (every article there
 * is English), how much cleaning removes and why, and the CPU time per article.
 */
public final class TextStagesEvaluation implements Evaluation {
    @Override public String name() { return "text"; }

    @Override public String description() {
        return "ingest, language, clean, sentences and terms on gva and ecbplus (all English)";
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String set : List.of("gva/articles.jsonl", "ecbplus/ecbplus.jsonl")) {
            Path file = dataDir.resolve(set);
            if (!Files.isRegularFile(file)) {
                notes.add(set + ": absent, skipped");
                continue;
            }
            measure(file, set.substring(0, set.indexOf('/')), metrics, notes);
        }
        return new EvalReport("text", "gva, ecbplus", metrics, notes);
    }

    private static void measure(Path file, String set, List<Metric> metrics, List<String> notes) {
        LanguageDetector detector = LanguageDetector.create().warmUp();
        Cleaner cleaner = Cleaner.create();
        SentenceSplitter splitter = SentenceSplitter.create();
        Terms terms = Terms.create();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int[] n = new int[2], en = new int[2], cleanedSome = new int[2];
        long[] chars = new long[2], removedChars = new long[2];
        long[] sentences = {0};
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        long cpu0 = mx.getCurrentThreadCpuTime();
        Ingestor.create().read(List.of(file.toString()), InputFormat.JSONL, (Article a) -> {
            int part = Split.heldOut(a.id()) ? 1 : 0;
            n[part]++;
            String lang = detector.detect(a.text());
            if (lang.equals("en")) en[part]++;
            Cleaned c = cleaner.clean(a.text(), lang);
            chars[part] += a.text().length();
            int removed = 0;
            for (Removed r : c.removed()) {
                removed += r.text().length();
                reasons.merge(r.reason(), 1, Integer::sum);
            }
            removedChars[part] += removed;
            if (removed > 0) cleanedSome[part]++;
            sentences[0] += splitter.split(c.text(), lang).size();
            terms.terms(c.text(), lang);
        }, w -> warnings.add(w.message()));
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        int total = n[0] + n[1];
        metrics.add(Metric.quantity(set + ": articles accepted", total, "articles", null));
        metrics.add(Metric.quantity(set + ": inputs rejected with a warning", warnings.size(), "inputs", null));
        metrics.add(Metric.fraction(set + ": identified as English", ratio(en[0] + en[1], total), ratio(en[0], n[0]),
                ratio(en[1], n[1]), "≥ 0.99"));
        metrics.add(Metric.fraction(set + ": articles with something cleaned", ratio(cleanedSome[0] + cleanedSome[1], total),
                ratio(cleanedSome[0], n[0]), ratio(cleanedSome[1], n[1]), null));
        metrics.add(Metric.fraction(set + ": share of characters cleaned away", ratio(removedChars[0] + removedChars[1],
                chars[0] + chars[1]), ratio(removedChars[0], chars[0]), ratio(removedChars[1], chars[1]), null));
        metrics.add(Metric.quantity(set + ": CPU per article (ingest, language, clean, sentences, terms)",
                total == 0 ? 0 : cpu / 1e6 / total, "ms", "< 2 ms"));
        notes.add(String.format(Locale.ROOT, "%s: %d sentences; removed by reason: %s; rejected: %s", set, sentences[0],
                reasons, summarize(warnings)));
    }

    private static String summarize(List<String> warnings) {
        Map<String, Integer> byReason = new TreeMap<>();
        for (String w : warnings) byReason.merge(w, 1, Integer::sum);
        return byReason.toString();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
