package cn.tjlib.warehouse.search.facet;

import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.search.Facet;
import cn.tjlib.warehouse.search.FacetCount;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw counts into what readers see: each value with its Chinese label, years newest decade
 * first, every other facet most frequent first (ties by value).
 */
public final class FacetLabels {
    private static final Comparator<FacetCount> BY_COUNT =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private FacetLabels() {
    }

    /** The labelled counts of every facet, keyed by {@link Facet#param()}, in {@link Facet} order. */
    public static Map<String, List<FacetCount>> label(Map<Facet, Map<String, Long>> counts) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> values = counts.getOrDefault(facet, Map.of());
            Comparator<FacetCount> order = facet == Facet.YEAR
                    ? Comparator.comparing(FacetCount::value).reversed() : BY_COUNT;
            out.put(facet.param(), values.entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), label(facet, e.getKey()), e.getValue()))
                    .sorted(order).toList());
        }
        return out;
    }

    static String label(Facet facet, String value) {
        return switch (facet) {
            case LIBRARY -> value; // the service knows the libraries' names
            case TYPE -> typeLabel(value);
            case YEAR -> value.replace('-', '–');
            case LANGUAGE -> Languages.label(value);
            case CLC -> ClcClasses.label(value);
        };
    }

    private static String typeLabel(String code) {
        try {
            return ResourceType.ofCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
