package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import java.util.*;

/** Developer tool: prints pair features of fixtures. Args: dir name1 name2 [more names loaded first as background] */
public final class DebugPairs {
    static final io.triangulate.Triangulate T = TuneData.FULL ? io.triangulate.Triangulate.create() : null;
    public static void main(String[] args) {
        Vocabulary v = new Vocabulary(1000000);
        SignatureExtractor ex = new SignatureExtractor(v, 120, 12);
        Map<String, Signature> sigs = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            AnalysedArticle a = TuneData.FULL ? T.analyse(Fixtures.article(args[0], args[i])) : Fixtures.minimal(Fixtures.article(args[0], args[i]));
            sigs.put(args[i], ex.extract(a));
        }
        Signature a = sigs.get(args[1]), b = sigs.get(args[2]);
        Scorer sc = Scorer.standard();
        double[] f = sc.features(a, b);
        for (int i = 0; i < f.length; i++) System.out.println(Scorer.FEATURES.get(i) + " " + f[i]);
        System.out.println("score " + sc.score(a, b) + " ages " + Arrays.toString(a.ages()) + Arrays.toString(b.ages())
                + " streets " + Arrays.toString(a.streets()) + Arrays.toString(b.streets()));
    }
}
