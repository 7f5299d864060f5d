package cn.tjlib.warehouse.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits; how many records match in all, exactly if {@code totalExact}, else at least
 * that many (a search stops counting at {@link CatalogueSearch#EXACT_TOTAL_UP_TO} unless it counts
 * facets); and, if asked for, how many matches have each value of each facet (keyed by
 * {@link Facet#param()}; empty if not asked for).
 */
public record SearchPage(long total, boolean totalExact, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchPage {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, got " + total);
        }
        hits = List.copyOf(hits);
        if (hits.size() > total) {
            throw new IllegalArgumentException("a page of " + hits.size() + " hits cannot have a total of " + total);
        }
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** A page whose total is exact. */
    public SearchPage(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, true, hits, facets);
    }

    /** A page without facet counts whose total is exact. */
    public SearchPage(long total, List<SearchHit> hits) {
        this(total, true, hits, Map.of());
    }
}
