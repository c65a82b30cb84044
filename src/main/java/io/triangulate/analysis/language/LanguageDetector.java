package io.triangulate.analysis.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Identifies the language of a text: an ISO 639-1 code ({@code "en"}, {@code "fr"}, {@code "ar"}, …), the
 * ISO 639-3 code for the few languages that have no two-letter code, or {@code "und"} when unsure.
 *
 * <p>The writing system decides first: a text mostly in Greek, Hebrew, Hangul, Japanese kana, Han, Thai,
 * Georgian or Armenian letters is identified from its script alone. Texts in Latin, Cyrillic, Arabic and
 * other shared scripts go to Apache OpenNLP's language detector model ({@code langdetect-183.bin}, 103
 * languages, from the Maven Central artifact {@code org.apache.opennlp:opennlp-models-langdetect}), whose
 * answer must agree with the script; when the model has no clear winner the script's main language is used
 * for Arabic and Cyrillic, and {@code "und"} otherwise. For speed only a sample of the text (about 600
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
        if (profile.letters() < MIN_LETTERS) return Scripts.fallback(profile.dominant());
        String lang = model(sample, profile.dominant());
        if (lang == null && text.length() > sample.length() + 200) {
            String longer = sample(text, LONG_SAMPLE);
            lang = model(longer, Scripts.profile(longer).dominant());
        }
        return lang != null ? lang : Scripts.fallback(profile.dominant());
    }

    private static String model(String sample, Character.UnicodeScript script) {
        Language[] ranked = Model.detector().predictLanguages(sample);
        Language best = null, second = null;
        for (Language l : ranked) {
            if (!Scripts.writtenIn(l.getLang(), script)) continue;
            if (best == null) best = l;
            else { second = l; break; }
        }
        if (best == null) return null;
        if (second != null && best.getConfidence() < MARGIN * second.getConfidence()) return null;
        return Iso639.toPart1(best.getLang());
    }

    /** About {@code max} characters from the start of the text, cut at a space, without links, handles or digits. */
    static String sample(String text, int max) {
        String head = text.length() > max * 2 ? text.substring(0, max * 2) : text;
        String clean = NOISE.matcher(head).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (clean.length() <= max) return clean;
        int cut = clean.lastIndexOf(' ', max);
        return clean.substring(0, cut > max / 2 ? cut : max);
    }

    /** The shared model, loaded on first use. */
    private static final class Model {
        private static final LanguageDetectorModel MODEL = load();
        private static final ThreadLocal<LanguageDetectorME> DETECTORS =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

        static LanguageDetectorME detector() { return DETECTORS.get(); }

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
