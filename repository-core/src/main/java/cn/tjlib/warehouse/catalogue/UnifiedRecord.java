package cn.tjlib.warehouse.catalogue;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.ResourceType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A record of the published catalogue: one work, its best description ({@code record}, null once
 * deleted) and every library that holds it. The id is minted once and never reused; the datestamp
 * moves only when the published content changes. {@code libraries} are the holding libraries' codes;
 * a deleted record keeps the last ones, so that it stays listed in their OAI sets.
 */
public record UnifiedRecord(long id, Instant datestamp, boolean deleted, ResourceType type,
                            CanonicalRecord record, List<Holding> holdings, List<String> libraries) {
    public UnifiedRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("unified id must be positive, got " + id);
        }
        Objects.requireNonNull(datestamp, "datestamp");
        Objects.requireNonNull(type, "type");
        if (!deleted && record == null) {
            throw new IllegalArgumentException("unified record " + id + " is live but has no description");
        }
        holdings = List.copyOf(holdings);
        libraries = List.copyOf(libraries);
    }
}
