package cn.tjlib.warehouse.app.console;

/** The answer to "test connection": what the repository's Identify said, or why it could not be asked. */
public record IdentifyResult(boolean ok, String baseUrl, String repositoryName, String protocolVersion,
                             String earliestDatestamp, String deletedRecord, String granularity, long millis, String error) {
}
