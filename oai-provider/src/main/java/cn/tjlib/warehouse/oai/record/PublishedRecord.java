package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;

import java.util.List;
import java.util.Objects;

/**
 * A unified record as the endpoint publishes it: the record, its OAI identifier and, for the formats
 * that show them, the provenance of its values and the records merged into it (their ids).
 */
public record PublishedRecord(UnifiedRecord record, OaiIdentifier identifier, List<FieldProvenance> provenance,
                              List<Long> mergedFrom) {
    public PublishedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(identifier, "identifier");
        if (identifier.id() != record.id()) {
            throw new IllegalArgumentException("identifier " + identifier + " does not name unified record " + record.id());
        }
        provenance = List.copyOf(provenance);
        mergedFrom = List.copyOf(mergedFrom);
    }

    /** The record alone, for headers and the formats that need nothing more. */
    public static PublishedRecord of(UnifiedRecord record, String repositoryIdentifier) {
        return new PublishedRecord(record, new OaiIdentifier(repositoryIdentifier, record.id()), List.of(), List.of());
    }

    /** The OAI identifiers of the records merged into this one. */
    public List<OaiIdentifier> replaces() {
        return mergedFrom.stream().map(id -> new OaiIdentifier(identifier.repositoryIdentifier(), id)).toList();
    }
}
