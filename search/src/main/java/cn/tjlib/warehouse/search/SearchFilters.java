package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.search.facet.YearRange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Facet values a search is restricted to: a record must match one of the values of every facet
 * given. Years are {@code 2015}, {@code 2010-2019}, {@code 2010-} or {@code -1949}.
 */
public record SearchFilters(Map<Facet, List<String>> values) {
    public static final SearchFilters NONE = new SearchFilters(Map.of());
    /** How many values one facet may list: each is a clause of the query. */
    public static final int MAX_VALUES = 50;

    public SearchFilters {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        values.forEach((facet, list) -> {
            List<String> stripped = list.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (stripped.size() > MAX_VALUES) {
                throw new IllegalArgumentException("at most " + MAX_VALUES + " values per filter, got "
                        + stripped.size() + " for " + facet.param());
            }
            if (facet == Facet.YEAR) {
                stripped.forEach(YearRange::parse); // rejects a malformed year now, naming it
            }
            if (!stripped.isEmpty()) {
                copy.put(facet, stripped);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** Filters on one facet. */
    public static SearchFilters of(Facet facet, String... values) {
        return new SearchFilters(Map.of(facet, List.of(values)));
    }

    /** These filters with {@code values} of {@code facet} added. */
    public SearchFilters and(Facet facet, List<String> more) {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(values);
        copy.merge(facet, List.copyOf(more), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        return new SearchFilters(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
