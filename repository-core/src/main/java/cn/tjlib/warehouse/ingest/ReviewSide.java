package cn.tjlib.warehouse.ingest;

import java.util.Objects;

/** One record of a pair under review, as staff need to see it; {@code unifiedId} is null when it is not published. */
public record ReviewSide(long rawRecordId, String library, String oaiIdentifier, String title, Long unifiedId) {
    public ReviewSide {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(oaiIdentifier, "oaiIdentifier");
        title = title == null ? "" : title;
    }
}
