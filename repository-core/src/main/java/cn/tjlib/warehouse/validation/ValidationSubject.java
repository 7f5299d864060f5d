package cn.tjlib.warehouse.validation;

import cn.tjlib.warehouse.record.CanonicalRecord;

import java.time.Instant;
import java.util.Objects;

/** What a validator sees of a harvested record: the canonical record, its OAI identity and the metadata as harvested. */
public record ValidationSubject(CanonicalRecord record, String oaiIdentifier, Instant datestamp, String metadataXml) {
    public ValidationSubject {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(oaiIdentifier, "oaiIdentifier");
    }
}
