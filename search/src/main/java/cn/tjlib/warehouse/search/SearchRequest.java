package cn.tjlib.warehouse.search;

import java.util.Objects;

/**
 * One page of a catalogue search: {@code query} in the catalogue's query syntax (blank lists
 * every record), restricted by {@code filters}, the hits from {@code offset}, at most {@code limit}
 * of them, in {@code order}; with the counts of every facet if {@code facets}.
 */
public record SearchRequest(String query, int offset, int limit, SearchOrder order, SearchFilters filters,
                            boolean facets) {
    public static final int MAX_LIMIT = 100;
    /** How deep paging may go: deeper pages cost memory and time for every request. */
    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_QUERY_LENGTH = 1_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(filters, "filters");
        query = query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query must be at most " + MAX_QUERY_LENGTH
                    + " characters, got " + query.length());
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** A page in {@code order}, unfiltered, without facet counts. */
    public SearchRequest(String query, int offset, int limit, SearchOrder order) {
        this(query, offset, limit, order, SearchFilters.NONE, false);
    }

    /** A page in order of relevance. */
    public SearchRequest(String query, int offset, int limit) {
        this(query, offset, limit, SearchOrder.RELEVANCE);
    }

    /** The first ten hits for {@code query}, best first. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 0, 10);
    }

    /** This request restricted by {@code newFilters}. */
    public SearchRequest withFilters(SearchFilters newFilters) {
        return new SearchRequest(query, offset, limit, order, newFilters, facets);
    }

    /** This request with (or without) facet counts. */
    public SearchRequest withFacets(boolean counted) {
        return new SearchRequest(query, offset, limit, order, filters, counted);
    }
}
