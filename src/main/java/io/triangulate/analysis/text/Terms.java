package io.triangulate.analysis.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Normalised content terms of a text, for grouping and TF-IDF: Lucene's analyser for the language (tokenised,
 * lower-cased, stop words removed, stemmed; {@code EnglishAnalyzer}, {@code FrenchAnalyzer},
 * {@code ArabicAnalyzer}, … 26 languages; CJK as bigrams), keeping only terms with a letter. Unknown
 * languages get Lucene's {@code StandardAnalyzer} (tokenised and lower-cased, no stemming).
 *
 * <p>Analysers are created once per language and shared; thread-safe.
 */
public final class Terms {
    private static final Terms INSTANCE = new Terms();
    private static final Map<String, Supplier<Analyzer>> FACTORIES = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("nl", DutchAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("fa", PersianAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new), Map.entry("el", GreekAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new), Map.entry("da", DanishAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new), Map.entry("hi", HindiAnalyzer::new),
            Map.entry("th", ThaiAnalyzer::new), Map.entry("zh", CJKAnalyzer::new),
            Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new));

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    private Terms() {}

    public static Terms create() { return INSTANCE; }

    /**
     * The content terms of {@code text}, in text order, repeated as often as they occur.
     *
     * @param language ISO 639-1 code; null or unknown uses language-neutral tokenisation
     */
    public List<String> terms(String text, String language) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        List<String> out = new ArrayList<>(Math.max(8, text.length() / 8));
        if (text.isEmpty()) return out;
        Analyzer analyzer = analyzer(language);
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (hasLetter(term)) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e); // reading a String: not expected
        }
        return out;
    }

    /** Whether the language has its own stemming analyser here. */
    public boolean supports(String language) {
        return language != null && FACTORIES.containsKey(language.toLowerCase(Locale.ROOT));
    }

    private Analyzer analyzer(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        Supplier<Analyzer> f = FACTORIES.get(lang);
        if (f == null) return analyzers.computeIfAbsent("", k -> new StandardAnalyzer());
        return analyzers.computeIfAbsent(lang, k -> f.get());
    }

    private static boolean hasLetter(CharTermAttribute t) {
        char[] b = t.buffer();
        for (int i = 0, n = t.length(); i < n; i++) if (Character.isLetter(b[i])) return true;
        return false;
    }
}
