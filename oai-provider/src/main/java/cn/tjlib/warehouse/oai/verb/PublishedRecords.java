package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.oai.record.MetadataCrosswalk;
import cn.tjlib.warehouse.oai.record.OaiIdentifier;
import cn.tjlib.warehouse.oai.record.PublishedRecord;

import java.util.List;
import java.util.Map;

/** Unified records with what a format needs besides the record: two queries per page, and none for oai_dc. */
final class PublishedRecords {
    private final JdbcUnifiedProvenance provenance;
    private final String repositoryIdentifier;

    PublishedRecords(JdbcUnifiedProvenance provenance, String repositoryIdentifier) {
        this.provenance = provenance;
        this.repositoryIdentifier = repositoryIdentifier;
    }

    List<PublishedRecord> of(List<UnifiedRecord> records, MetadataCrosswalk format, boolean withMetadata) {
        if (!withMetadata || !format.needsDetails()) {
            return records.stream().map(r -> PublishedRecord.of(r, repositoryIdentifier)).toList();
        }
        // deleted records carry no metadata, so their details are never read
        List<Long> live = records.stream().filter(r -> !r.deleted()).map(UnifiedRecord::id).toList();
        Map<Long, List<FieldProvenance>> sources = provenance.ofAll(live);
        Map<Long, List<Long>> merged = provenance.mergedFrom(live);
        return records.stream().map(r -> new PublishedRecord(r, new OaiIdentifier(repositoryIdentifier, r.id()),
                sources.getOrDefault(r.id(), List.of()), merged.getOrDefault(r.id(), List.of()))).toList();
    }

    String repositoryIdentifier() {
        return repositoryIdentifier;
    }
}
