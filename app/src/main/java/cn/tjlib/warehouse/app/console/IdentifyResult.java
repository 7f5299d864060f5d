package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.harvest.describe.SourceDescription;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiSet;

import java.util.List;

/**
 * The answer to "test connection": what the repository's Identify said, the formats and sets it declares
 * ({@code declarationError} says which of those could not be read), or why it could not be asked at all ({@code error}).
 */
public record IdentifyResult(boolean ok, String baseUrl, String repositoryName, String protocolVersion,
                             String earliestDatestamp, String deletedRecord, String granularity, List<MetadataFormat> formats,
                             List<OaiSet> sets, boolean setsTruncated, String declarationError, long millis, String error) {
    public IdentifyResult {
        formats = formats == null ? List.of() : List.copyOf(formats);
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    static IdentifyResult answered(String baseUrl, SourceDescription d, long millis) {
        var id = d.identify();
        return new IdentifyResult(true, baseUrl, id.repositoryName(), id.protocolVersion(),
                id.earliestDatestamp() == null ? "" : id.earliestDatestamp().toString(), id.deletedRecord(),
                id.granularity().toString(), d.formats(), d.sets(), d.setsTruncated(), d.error(), millis, null);
    }

    static IdentifyResult failed(String baseUrl, String error, long millis) {
        return new IdentifyResult(false, baseUrl, null, null, null, null, null, List.of(), List.of(), false, null, millis, error);
    }
}
