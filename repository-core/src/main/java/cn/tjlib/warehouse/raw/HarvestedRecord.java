package cn.tjlib.warehouse.raw;

import cn.tjlib.warehouse.record.OaiDcValues;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One record of a ListRecords or GetRecord response as the harvester read it. {@code metadataXml}
 * is the metadata element's content serialised as XML (null when deleted); {@code problem} is set
 * when the harvester could not accept the record as sent (e.g. characters XML forbids), so that it
 * is stored as rejected with that reason instead of being dropped. {@code oaiDc}, when not null, holds the
 * oai_dc values the harvester read as it serialised the metadata (what {@code OaiDcParser} would read from
 * {@code metadataXml}), sparing a second parse.
 */
public record HarvestedRecord(String oaiIdentifier, Instant datestamp, List<String> setSpecs, boolean deleted,
                              String metadataXml, String problem, OaiDcValues oaiDc) {
    public HarvestedRecord {
        if (oaiIdentifier == null || oaiIdentifier.isBlank()) {
            throw new IllegalArgumentException("OAI identifier must not be blank");
        }
        if (oaiIdentifier.length() > 500) {
            throw new IllegalArgumentException("OAI identifier longer than 500 characters: '" + oaiIdentifier.substring(0, 60) + "…'");
        }
        Objects.requireNonNull(datestamp, "datestamp of " + oaiIdentifier);
        datestamp = datestamp.truncatedTo(ChronoUnit.SECONDS);
        setSpecs = List.copyOf(setSpecs);
        if (!deleted && metadataXml == null && problem == null) {
            throw new IllegalArgumentException("record " + oaiIdentifier + " is neither deleted nor carries metadata");
        }
    }

    public HarvestedRecord(String oaiIdentifier, Instant datestamp, List<String> setSpecs, boolean deleted, String metadataXml,
                           String problem) {
        this(oaiIdentifier, datestamp, setSpecs, deleted, metadataXml, problem, null);
    }

    /** An accepted record with the oai_dc values read from its metadata as it was serialised. */
    public static HarvestedRecord of(String oaiIdentifier, Instant datestamp, List<String> setSpecs, String metadataXml, OaiDcValues oaiDc) {
        return new HarvestedRecord(oaiIdentifier, datestamp, setSpecs, false, metadataXml, null, oaiDc);
    }

    public static HarvestedRecord of(String oaiIdentifier, Instant datestamp, List<String> setSpecs, String metadataXml) {
        return new HarvestedRecord(oaiIdentifier, datestamp, setSpecs, false, metadataXml, null);
    }

    public static HarvestedRecord deleted(String oaiIdentifier, Instant datestamp, List<String> setSpecs) {
        return new HarvestedRecord(oaiIdentifier, datestamp, setSpecs, true, null, null);
    }

    public static HarvestedRecord rejected(String oaiIdentifier, Instant datestamp, List<String> setSpecs,
                                           String metadataXml, String problem) {
        return new HarvestedRecord(oaiIdentifier, datestamp, setSpecs, false, metadataXml, problem);
    }

    /** The local part of an {@code oai:domain:local} identifier, else the whole identifier. */
    public String localId() {
        if (oaiIdentifier.startsWith("oai:")) {
            int second = oaiIdentifier.indexOf(':', 4);
            if (second > 0 && second + 1 < oaiIdentifier.length()) {
                return oaiIdentifier.substring(second + 1);
            }
        }
        return oaiIdentifier;
    }
}
