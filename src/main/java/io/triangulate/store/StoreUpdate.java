package io.triangulate.store;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Event;

import java.util.List;
import java.util.Map;

/**
 * Everything one step of ingest changes, applied by {@link Store#apply} in one transaction.
 *
 * @param articles     new articles with their analysis and story
 * @param moves        articles already stored that change story (merge or split)
 * @param storyEvents  per story, its new events (replacing the old ones); a story listed here with no
 *                     remaining article is deleted
 * @param storyCounter the highest story number allocated so far (persisted so ids are never reused), or -1
 */
public record StoreUpdate(List<NewArticle> articles, List<Move> moves, Map<String, List<Event>> storyEvents,
                          long storyCounter) {
    public StoreUpdate {
        articles = List.copyOf(articles);
        moves = List.copyOf(moves);
        storyEvents = Map.copyOf(storyEvents);
    }

    /** A new article. */
    public record NewArticle(Article article, AnalysedArticle analysed, String story) {}

    /** A stored article changing story. */
    public record Move(String article, String from, String to, String reason) {}
}
