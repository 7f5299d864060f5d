package cn.tjlib.warehouse.catalogue;

import java.time.Instant;
import java.util.Objects;

/** A contributing library's record of a unified work: who holds it, under which id, as of when. */
public record Holding(String library, String oaiIdentifier, String sourceRecordId, Instant datestamp) {
    public Holding {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(oaiIdentifier, "oaiIdentifier");
        Objects.requireNonNull(sourceRecordId, "sourceRecordId");
        Objects.requireNonNull(datestamp, "datestamp");
    }
}
