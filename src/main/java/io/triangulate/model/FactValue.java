package io.triangulate.model;

import java.util.List;

/**
 * One value a field takes in some articles.
 *
 * @param value      the value as text ("Katyusha rocket", "2020-01-04", "Baghdad", "0")
 * @param count      a count attached to it (projectiles), nullable
 * @param articles   the articles that give it, in publication order
 * @param sources    the independent original sources behind it ("Reuters", "Iraqi military command")
 * @param evidence   the sentences that say so
 * @param confidence in [0,1]
 */
public record FactValue(String value, Integer count, List<String> articles, List<String> sources,
                        List<Evidence> evidence, double confidence) {
    public FactValue {
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }
}
