package io.triangulate.grouping;

import io.triangulate.eval.GoldData;
import io.triangulate.eval.Split;
import io.triangulate.model.AnalysedArticle;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool (not a test): writes the pair features of the TUNING part (same-event pairs and candidate
 * different-event pairs) to CSV, for fitting the scorer's weights. Args: dataDir out.csv
 */
public final class PairDump {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (PrintWriter out = new PrintWriter(args[1])) {
            out.println("set,label," + String.join(",", Scorer.FEATURES));
            Map<String, String> gold = new HashMap<>(), split = new HashMap<>();
            List<AnalysedArticle> arts = TuneData.gva(data, gold);
            dump("gva", arts, gold, gold, out, 14);
            gold = new HashMap<>();
            split = new HashMap<>();
            arts = TuneData.ecb(data, gold, split);
            dump("ecb", arts, gold, split, out, 100000);
        }
    }

    static void dump(String set, List<AnalysedArticle> arts, Map<String, String> gold, Map<String, String> split,
                     PrintWriter out, int window) {
        Vocabulary v = new Vocabulary(2_000_000);
        SignatureExtractor ex = new SignatureExtractor(v, 120, 12);
        Scorer sc = Scorer.standard();
        List<Signature> sigs = new ArrayList<>();
        for (AnalysedArticle a : arts) sigs.add(ex.extract(a));
        for (int i = 0; i < sigs.size(); i++) {
            Signature a = sigs.get(i);
            if (Split.heldOut(split.get(a.id()))) continue;
            Set<Integer> keys = new HashSet<>();
            for (int k : a.indexKeys()) keys.add(k);
            List<double[]> negs = new ArrayList<>();
            for (int j = i - 1; j >= 0; j--) {
                Signature b = sigs.get(j);
                if (a.dated() && b.dated() && a.date() - b.date() > window) break;
                if (Split.heldOut(split.get(b.id()))) continue;
                boolean same = gold.get(a.id()).equals(gold.get(b.id()));
                double[] f = sc.features(a, b);
                if (same) { write(out, set, 1, f); continue; }
                boolean shares = false;
                for (int k : b.indexKeys()) if (keys.contains(k)) { shares = true; break; }
                if (shares) negs.add(f);
            }
            negs.sort((x, y) -> Double.compare(y[0] + y[1], x[0] + x[1]));
            for (double[] f : negs.subList(0, Math.min(30, negs.size()))) write(out, set, 0, f);
        }
    }

    static void write(PrintWriter out, String set, int label, double[] f) {
        StringBuilder sb = new StringBuilder(set).append(',').append(label);
        for (double x : f) sb.append(',').append((float) x);
        out.println(sb);
    }
}
