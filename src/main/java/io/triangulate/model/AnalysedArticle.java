package io.triangulate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An article with everything analysis found in it. All offsets refer to {@link #text()}, the cleaned text.
 *
 * @param article           the article as ingested
 * @param text              the cleaned text (promotions, polls and boilerplate removed)
 * @param language          detected (or given) ISO 639-1 language
 * @param published         the publication date: given, or inferred from the text, nullable
 * @param publishedInferred true when {@code published} was inferred rather than given
 * @param sentences         the sentences of the cleaned text with their attribution
 * @param places            place mentions
 * @param times             time expressions, normalised against {@code published}
 * @param figures           counted figures
 * @param type              the article's dominant event type
 * @param events            the event mentions
 */
public record AnalysedArticle(Article article, String text, String language, LocalDate published,
                              boolean publishedInferred, List<Sentence> sentences, List<PlaceMention> places,
                              List<TimeMention> times, List<Figure> figures, EventType type,
                              List<EventMention> events) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        events = List.copyOf(events);
    }

    public String id() { return article.id(); }
}
