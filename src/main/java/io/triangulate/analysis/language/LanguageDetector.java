package io.triangulate.analysis.language;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifies the language of a text: an ISO 639-1 code ({@code "en"}, {@code "fr"}, {@code "ar"}, …), the
 * ISO 639-3 code for the few languages that have no two-letter code, or {@code "und"} when unsure.
 *
 * <p>The writing system decides first: a text mostly in Greek, Hebrew, Hangul, Japanese kana, Han, Thai,
 * Georgian or Armenian letters is identified from its script alone. Texts in Latin, Cyrillic, Arabic and
 * other shared scripts go to Apache OpenNLP's language detector model ({@code langdetect-183.bin}, 103
 * languages, from the Maven Central artifact {@code org.apache.opennlp:opennlp-models-langdetect}), whose
 * answer must agree with the script; when the model has no clear winner, a count of the function words of
 * seven main news languages decides for Latin script (when one clearly dominates), the script's main language
 * for Arabic and Cyrillic, and otherwise the answer is {@code "und"}. For speed only a sample of the text (about 600
 * characters, up to 1,500 when the first sample is ambiguous) is read, with links, handles, hashtags and
 * digits removed.
 *
 * <p>The model (10 MB) loads once, on first use, in about two seconds; instances are thread-safe.
 */
public final class LanguageDetector {
    /** Returned when the language cannot be told. */
    public static final String UNDETERMINED = "und";

    static final int SAMPLE = 600;
    static final int LONG_SAMPLE = 1500;
    /** The best language must score this many times the runner-up to be taken. */
    static final double MARGIN = 1.25;
    /** Fewer letters than this and only the script can speak. */
    static final int MIN_LETTERS = 12;

    private static final Pattern NOISE = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|[@#][\\p{L}\\p{N}_]+|\\p{N}+|[\\p{So}\\p{Sk}]+");

    private static final LanguageDetector INSTANCE = new LanguageDetector();

    private LanguageDetector() {}

    /** The detector (the model loads on the first {@link #detect} call). */
    public static LanguageDetector create() { return INSTANCE; }

    /** Loads the model now rather than on first use (for servers and benchmarks). */
    public LanguageDetector warmUp() {
        Model.detector();
        return this;
    }

    /**
     * The language of {@code text}: ISO 639-1, or {@code "und"} when the text is too short, mixed, or unclear.
     */
    public String detect(String text) {
        if (text == null || text.isEmpty()) return UNDETERMINED;
        String sample = sample(text, SAMPLE);
        Scripts.Profile profile = Scripts.profile(sample);
        if (profile.letters() < 3) return UNDETERMINED;
        String byScript = Scripts.languageOf(profile);
        if (byScript != null) return byScript;
        boolean latin = profile.dominant() == Character.UnicodeScript.LATIN;
        if (profile.letters() < MIN_LETTERS) {
            String guess = latin ? FunctionWords.guess(sample) : null;
            return guess != null ? guess : Scripts.fallback(profile.dominant());
        }
        String lang = model(sample, profile.dominant());
        if (lang == null && text.length() > sample.length() + 200) {
            String longer = sample(text, LONG_SAMPLE);
            lang = model(longer, Scripts.profile(longer).dominant());
        }
        if (lang == null && latin) lang = FunctionWords.guess(sample);
        return lang != null ? lang : Scripts.fallback(profile.dominant());
    }

    private static String model(String sample, Character.UnicodeScript script) {
        MaxentModel m = Model.MAXENT;
        double[] p = m.eval(context(sample));
        int best = -1, second = -1;
        for (int i = 0; i < p.length; i++) {
            if (!Scripts.writtenIn(m.getOutcome(i), script)) continue;
            if (best < 0 || p[i] > p[best]) { second = best; best = i; }
            else if (second < 0 || p[i] > p[second]) second = i;
        }
        if (best < 0) return null;
        if (second >= 0 && p[best] < MARGIN * p[second]) return null;
        return Iso639.toPart1(m.getOutcome(best));
    }

    /**
     * The model's features: the distinct lower-cased character 1-, 2- and 3-grams of the (already normalised)
     * sample, as OpenNLP's own context generator makes them, without its regex normalisers (the sample has no
     * links, handles or digits left) — which take most of OpenNLP's time.
     */
    static String[] context(String sample) {
        String s = sample.toLowerCase(Locale.ROOT);
        Set<String> grams = new HashSet<>(s.length() * 4);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= 3 && i + len <= n; len++) grams.add(s.substring(i, i + len));
        }
        return grams.toArray(new String[0]);
    }

    /** About {@code max} characters from the start of the text, cut at a space, without links, handles or digits. */
    static String sample(String text, int max) {
        String head = text.length() > max * 2 ? text.substring(0, max * 2) : text;
        String clean = NOISE.matcher(head).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (clean.length() <= max) return clean;
        int cut = clean.lastIndexOf(' ', max);
        return clean.substring(0, cut > max / 2 ? cut : max);
    }

    static Object[] openNlpContext(String text) { return Model.openNlpContext(text); }

    /** The shared model, loaded on first use. */
    private static final class Model {
        private static final LanguageDetectorModel MODEL = load();
        /** Evaluation of a maxent model is read-only: one instance serves every thread. */
        static final MaxentModel MAXENT = (MaxentModel) MODEL.getMaxentModel();

        static MaxentModel detector() { return MAXENT; }

        /** OpenNLP's own features for a text (to check that {@link #context} makes the same ones). */
        static Object[] openNlpContext(String text) {
            return MODEL.getFactory().getContextGenerator().getContext(text);
        }

        private static LanguageDetectorModel load() {
            String name = "/langdetect-183.bin";
            try (InputStream in = LanguageDetector.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + name + " is not on the class path "
                            + "(it comes with org.apache.opennlp:opennlp-models-langdetect; rebuild with ./mvnw package)");
                }
                return new LanguageDetectorModel(new BufferedInputStream(in, 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + name, e);
            }
        }
    }
}
