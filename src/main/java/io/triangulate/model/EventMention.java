package io.triangulate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world happening as a single article describes it: the unit that reconciliation aligns
 * across the articles of a story.
 *
 * @param article    the article id
 * @param index      position among the article's mentions
 * @param role       MAIN when the article reports it as news, BACKGROUND for earlier or other events it recalls
 * @param type       event type
 * @param date       the day it happened, nullable
 * @param dateText   the time expression the date comes from, nullable (null when defaulted to publication)
 * @param location   where, nullable
 * @param figures    figures attached to it (killed, injured, weapons…)
 * @param actors     who did it (normalised names), possibly empty
 * @param targets    who or what it was done to, possibly empty
 * @param sentences  indexes of the sentences that describe it (evidence)
 */
public record EventMention(String article, int index, Role role, EventType type, LocalDate date, String dateText,
                           PlaceMention location, List<Figure> figures, List<String> actors, List<String> targets,
                           List<Integer> sentences) {
    public enum Role { MAIN, BACKGROUND }

    public EventMention {
        figures = List.copyOf(figures);
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        sentences = List.copyOf(sentences);
    }
}
