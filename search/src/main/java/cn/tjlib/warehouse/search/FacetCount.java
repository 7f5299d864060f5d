package cn.tjlib.warehouse.search;

import java.util.Objects;

/** How many matching records have {@code value} in a facet; {@code label} is its name for readers. */
public record FacetCount(String value, String label, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (count < 1) {
            throw new IllegalArgumentException("a facet count must be positive, got " + count + " for '" + value + "'");
        }
    }
}
