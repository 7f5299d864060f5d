package cn.tjlib.warehouse.harvest.protocol;

import java.time.Instant;
import java.util.Objects;

/**
 * What a repository says about itself in its Identify response; {@code earliestDatestamp} is null
 * when missing or unreadable, {@code deletedRecord} is "no", "transient" or "persistent" as declared.
 */
public record Identify(String repositoryName, String protocolVersion, Instant earliestDatestamp, String deletedRecord,
                       Granularity granularity) {
    public Identify {
        repositoryName = repositoryName == null ? "" : repositoryName;
        protocolVersion = protocolVersion == null ? "" : protocolVersion;
        deletedRecord = deletedRecord == null ? "" : deletedRecord;
        Objects.requireNonNull(granularity, "granularity");
    }
}
