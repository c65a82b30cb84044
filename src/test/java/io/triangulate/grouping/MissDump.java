package io.triangulate.grouping;

import io.triangulate.eval.GoldData;
import io.triangulate.eval.Split;
import io.triangulate.model.AnalysedArticle;

import java.nio.file.Path;
import java.util.*;

/** Developer tool: prints same-incident pairs (tuning part) that score low. Args: dataDir [n] */
public final class MissDump {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<AnalysedArticle> arts = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> title = new HashMap<>();
        for (var g : GoldData.gvaArticles(data)) title.put(g.article().id(), g.article().published() + " " + g.article().title());
        arts = TuneData.gva(data, gold);
        Vocabulary v = new Vocabulary(2_000_000);
        SignatureExtractor ex = new SignatureExtractor(v, 120, 12);
        Scorer sc = Scorer.standard();
        List<Signature> sigs = new ArrayList<>();
        for (AnalysedArticle a : arts) sigs.add(ex.extract(a));
        Random r = new Random(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sigs.size(); i++) {
            Signature a = sigs.get(i);
            if (Split.heldOut(gold.get(a.id()))) continue;
            double best = -99; Signature bb = null;
            for (int j = i - 1; j >= 0; j--) {
                Signature b = sigs.get(j);
                if (a.date() - b.date() > 14) break;
                if (!gold.get(a.id()).equals(gold.get(b.id()))) continue;
                double s = sc.score(a, b);
                if (s > best) { best = s; bb = b; }
            }
            if (bb != null && best < 0) {
                out.add(String.format(Locale.ROOT, "%.2f %s%n   %s%n   %s%n   %s", best, Arrays.toString(sc.features(a, bb)),
                        title.get(a.id()), title.get(bb.id()), keys(v, a) + " | " + keys(v, bb)));
            }
        }
        System.out.println(out.size() + " articles whose best same-incident earlier article scores < 0");
        Collections.shuffle(out, r);
        for (String s : out.subList(0, Math.min(args.length > 1 ? Integer.parseInt(args[1]) : 12, out.size()))) System.out.println(s);
    }

    static String keys(Vocabulary v, Signature s) {
        return "d" + s.date() + (s.dateExplicit() ? "!" : "") + " pl" + s.places().length + " k" + s.killed() + " i" + s.injured() + " ages" + Arrays.toString(s.ages()) + " streets" + s.streets().length + " keys" + s.keys().size();
    }
}
