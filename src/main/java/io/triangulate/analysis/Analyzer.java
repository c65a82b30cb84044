package io.triangulate.analysis;

import io.triangulate.analysis.attribution.AttributionAnalyzer;
import io.triangulate.analysis.event.EventMentionExtractor;
import io.triangulate.analysis.eventtype.EventTypeClassifier;
import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.analysis.language.LanguageDetector;
import io.triangulate.analysis.place.Gazetteer;
import io.triangulate.analysis.place.PlaceExtractor;
import io.triangulate.analysis.text.SentenceSplitter;
import io.triangulate.analysis.text.TextSpan;
import io.triangulate.analysis.time.PublicationDateInference;
import io.triangulate.analysis.time.TimeExtractor;
import io.triangulate.clean.Block;
import io.triangulate.clean.Cleaned;
import io.triangulate.clean.Cleaner;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Attribution;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Figure;
import io.triangulate.model.Modality;
import io.triangulate.model.PlaceMention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis stage: cleans an article and runs every extractor over it, giving an
 * {@link AnalysedArticle}. Stages compose like filters: clean → language → sentences → attribution →
 * times → places → figures → event type → event mentions. Thread-safe; resources are loaded once.
 */
public final class Analyzer {
    private final Cleaner cleaner;
    private final LanguageDetector languages;
    private final SentenceSplitter splitter;
    private final AttributionAnalyzer attribution;
    private final TimeExtractor times;
    private final PlaceExtractor places;
    private final FigureExtractor figures;
    private final EventTypeClassifier types;
    private final EventMentionExtractor events;

    private Analyzer(Builder b) {
        this.cleaner = Cleaner.create();
        this.languages = LanguageDetector.create();
        this.splitter = SentenceSplitter.create();
        this.attribution = AttributionAnalyzer.create();
        this.times = TimeExtractor.create();
        this.places = new PlaceExtractor(b.gazetteer != null ? b.gazetteer : Gazetteer.shared());
        this.figures = FigureExtractor.create();
        this.types = EventTypeClassifier.create();
        this.events = new EventMentionExtractor(types);
    }

    public static Builder builder() { return new Builder(); }

    public static Analyzer create() { return builder().build(); }

    /** The place extractor this analyzer uses (to learn outlets' home regions with). */
    public PlaceExtractor places() { return places; }

    /** The detected (or given) language of an article. */
    public String language(Article article) {
        return article.language() != null && !article.language().isBlank() ? article.language() : languages.detect(article.text());
    }

    /** Builder: the gazetteer is the only resource a caller may want to share or replace. */
    public static final class Builder {
        private Gazetteer gazetteer;

        public Builder gazetteer(Gazetteer g) { this.gazetteer = Objects.requireNonNull(g, "gazetteer"); return this; }

        public Analyzer build() { return new Analyzer(this); }
    }

    /** Analyses an article, inferring its publication date from the text when it gives none and the text fixes one. */
    public AnalysedArticle analyse(Article article) { return analyse(article, PlaceExtractor.Options.NONE); }

    /**
     * Analyses an article from an outlet whose home region is known (see
     * {@link io.triangulate.analysis.place.HomeRegions}): local names resolve there first.
     */
    public AnalysedArticle analyse(Article article, PlaceExtractor.Options home) {
        Objects.requireNonNull(article, "article");
        String body = article.text();
        String language = article.language() != null && !article.language().isBlank()
                ? article.language() : languages.detect(body);
        Cleaned cleaned = cleaner.clean(withTitle(article).text(), language);
        String text = cleaned.text();
        LocalDate published = article.published();
        boolean inferred = false;
        if (published == null) {
            Optional<LocalDate> d = PublicationDateInference.fromUrl(article.url());
            if (d.isEmpty()) d = PublicationDateInference.infer(text, language);
            if (d.isPresent()) {
                published = d.get();
                inferred = true;
            }
        }
        return analyseCleaned(article, cleaned, language, published, inferred, home);
    }

    /**
     * Analyses an article against a publication date found elsewhere (for instance from the other
     * articles of its story), marking it inferred.
     */
    public AnalysedArticle analyseWithInferredDate(Article article, LocalDate published) {
        return analyseWithInferredDate(article, published, PlaceExtractor.Options.NONE);
    }

    /** As {@link #analyseWithInferredDate(Article, LocalDate)}, for an outlet whose home region is known. */
    public AnalysedArticle analyseWithInferredDate(Article article, LocalDate published, PlaceExtractor.Options home) {
        String language = article.language() != null && !article.language().isBlank()
                ? article.language() : languages.detect(article.text());
        return analyseCleaned(article, cleaner.clean(withTitle(article).text(), language), language, published, true, home);
    }

    /** Candidate publication dates the text allows (for an undated article), earliest first. */
    public List<LocalDate> publicationDateCandidates(Article article) {
        String language = article.language() != null && !article.language().isBlank()
                ? article.language() : languages.detect(article.text());
        return PublicationDateInference.candidates(article.text(), language);
    }

    private AnalysedArticle analyseCleaned(Article article, Cleaned cleaned, String language,
                                           LocalDate published, boolean inferred, PlaceExtractor.Options outlet) {
        // what the caller knows of the outlet, completed with the town its source's host names
        PlaceExtractor.Options home = io.triangulate.analysis.place.HomeRegions.withSourceTown(places, outlet, article.source());
        String text = cleaned.text();
        List<Sentence> sentences = sentences(text, language, cleaned.blocks());
        List<TimeMention> timeMentions = times.extract(text, language, published);
        List<PlaceMention> placeMentions = places.extract(text, language, home);
        List<Figure> figureMentions = figures.extract(text, language);
        EventType type = types.classify(leadText(text, sentences), language);
        List<EventMention> mentions = events.extract(new EventMentionExtractor.Input(
                article.id(), text, language, published, sentences, timeMentions, placeMentions, figureMentions,
                home == null ? null : home.homeTown()));
        return new AnalysedArticle(article, text, language, published, inferred, sentences, placeMentions,
                timeMentions, figureMentions, type, mentions);
    }

    /** The title leads the analysed text when it is not already the text's first line. */
    private static Article withTitle(Article a) {
        String title = a.title();
        if (title == null || title.isBlank()) return a;
        String t = title.strip();
        if (a.text().stripLeading().startsWith(t)) return a;
        return a.withText(t + "\n\n" + a.text());
    }

    private List<Sentence> sentences(String text, String language, List<Block> blocks) {
        List<Sentence> out = new ArrayList<>();
        for (TextSpan span : splitter.split(text, language)) {
            String s = text.substring(span.start(), span.end());
            Block block = blockAt(blocks, span.start());
            boolean quoted = block != null && block.kind() != Block.Kind.PARAGRAPH;
            Attribution a = attribution.attribute(s, language);
            if (block != null && block.kind() == Block.Kind.EMBEDDED_POST) {
                // an embedded post speaks for its author, relayed by the article
                Modality m = a.modality() == Modality.ASSERTED ? Modality.REPORTED : a.modality();
                a = new Attribution(a.speaker() != null ? a.speaker() : block.author(),
                        a.speaker() != null ? block.author() : a.via(), m);
            }
            out.add(new Sentence(out.size(), span.start(), span.end(), s, a, quoted));
        }
        return out;
    }

    private static Block blockAt(List<Block> blocks, int offset) {
        for (Block b : blocks) if (offset >= b.start() && offset < b.end()) return b;
        return null;
    }

    private static String leadText(String text, List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (!s.attribution().modality().factual()) continue;
            sb.append(s.text()).append(' ');
            if (sb.length() > 600) break;
        }
        return sb.isEmpty() ? text.substring(0, Math.min(600, text.length())) : sb.toString();
    }
}
