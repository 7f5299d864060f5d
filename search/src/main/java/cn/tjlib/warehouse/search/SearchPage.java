package cn.tjlib.warehouse.search;

import java.util.List;

/** One page of hits, and how many records match in all. */
public record SearchPage(long total, List<SearchHit> hits) {
    public SearchPage {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, got " + total);
        }
        hits = List.copyOf(hits);
        if (hits.size() > total) {
            throw new IllegalArgumentException("a page of " + hits.size() + " hits cannot have a total of " + total);
        }
    }
}
