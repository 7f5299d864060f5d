package cn.tjlib.warehouse.search;

import java.util.List;
import java.util.Objects;

/**
 * A matching unified record as the index stores it, enough to list it without the database;
 * {@code title} is empty when the record has none, {@code year} null when it has none,
 * {@code highlight} null when the query has no terms to mark.
 */
public record SearchHit(long id, String title, List<String> creators, Integer year, List<String> libraries,
                        float score, String type, Highlight highlight) {
    public SearchHit {
        if (id <= 0) {
            throw new IllegalArgumentException("unified id must be positive, got " + id);
        }
        Objects.requireNonNull(title, "title");
        creators = List.copyOf(creators);
        libraries = List.copyOf(libraries);
    }

    /** A hit without type and highlight. */
    public SearchHit(long id, String title, List<String> creators, Integer year, List<String> libraries, float score) {
        this(id, title, creators, year, libraries, score, null, null);
    }

    SearchHit withHighlight(Highlight marked) {
        return new SearchHit(id, title, creators, year, libraries, score, type, marked);
    }
}
