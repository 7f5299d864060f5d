package cn.tjlib.warehouse.catalogue;

import cn.tjlib.warehouse.record.ResourceType;

import java.time.Instant;

/**
 * A slice of the catalogue in (datestamp, id) order: {@code from}/{@code until} inclusive, optionally
 * one holding library or one resource type, strictly after the cursor. Keying pages on
 * (datestamp, id) rather than offsets keeps a long harvest stable while records change.
 */
public record CatalogueQuery(Instant from, Instant until, String library, ResourceType type,
                             Instant afterDatestamp, long afterId, int limit) {
    public CatalogueQuery {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
        }
        if ((afterDatestamp == null) != (afterId == 0)) {
            throw new IllegalArgumentException("cursor needs both datestamp and id");
        }
    }

    public static CatalogueQuery all(int limit) {
        return new CatalogueQuery(null, null, null, null, null, 0, limit);
    }

    public CatalogueQuery after(UnifiedRecord last) {
        return new CatalogueQuery(from, until, library, type, last.datestamp(), last.id(), limit);
    }
}
