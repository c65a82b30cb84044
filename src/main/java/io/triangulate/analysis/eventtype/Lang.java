package io.triangulate.analysis.eventtype;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.util.Locale;
import java.util.function.Supplier;

/** The languages with a trigger lexicon, each with its stemmer (Snowball, or Lucene's light Arabic stemmer). */
enum Lang {
    EN(EnglishStemmer::new), FR(FrenchStemmer::new), ES(SpanishStemmer::new), DE(GermanStemmer::new),
    IT(ItalianStemmer::new), NL(DutchStemmer::new), AR(null);

    private final Supplier<SnowballStemmer> snowball;

    Lang(Supplier<SnowballStemmer> snowball) {
        this.snowball = snowball;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for an ISO 639-1 code, or null when there is no lexicon for it. */
    static Lang of(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash > 0) c = c.substring(0, dash);
        for (Lang l : values()) if (l.code().equals(c)) return l;
        return null;
    }

    /**
     * A stemmer for one thread's use: Snowball programs keep state, so each analysis makes its own
     * (they are small); the Arabic normaliser and stemmer are stateless.
     */
    Stemmer stemmer() {
        Stemmer raw = rawStemmer();
        return word -> {
            String s = cache.get(word);
            if (s == null) {
                s = raw.stem(word);
                if (cache.size() >= CACHE_MAX) cache.clear();
                cache.put(word, s);
            }
            return s;
        };
    }

    /** Stems of words seen before: news vocabulary repeats, and stemming is the costliest step per word. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_MAX = 100_000;

    private Stemmer rawStemmer() {
        if (this == AR) {
            ArabicNormalizer norm = new ArabicNormalizer();
            ArabicStemmer stem = new ArabicStemmer();
            return word -> {
                char[] buf = word.toCharArray();
                int len = norm.normalize(buf, buf.length);
                len = stem.stem(buf, len);
                return new String(buf, 0, len);
            };
        }
        SnowballStemmer p = snowball.get();
        boolean en = this == EN;
        return word -> {
            // Irregular English verb forms and British spellings share their base form's stem: "took control" is "take control".
            if (en) {
                // (British spellings first: "defence", "mobilised" share "defense", "mobilized"'s stem.)
                word = EnglishLemmas.american(word);
                word = EnglishLemmas.IRREGULAR.getOrDefault(word, word);
                word = EnglishLemmas.NOMINAL.getOrDefault(word, word);
                String whole = EnglishLemmas.KEPT_WHOLE.get(word);
                if (whole != null) return whole;
            }
            p.setCurrent(word);
            p.stem();
            return p.getCurrent();
        };
    }

    @FunctionalInterface
    interface Stemmer {
        String stem(String lowerCaseWord);
    }
}
