package cn.tjlib.warehouse.oai.token;

import java.time.Instant;

/**
 * The selective-harvesting arguments of a ListIdentifiers or ListRecords request: format, optional
 * set and optional datestamp range, both ends inclusive and in whole seconds.
 */
public record ListArguments(String metadataPrefix, String set, Instant from, Instant until) {
    public ListArguments {
        if (metadataPrefix == null || metadataPrefix.isBlank() || metadataPrefix.contains(KeysetToken.SEPARATOR)) {
            throw new IllegalArgumentException("metadataPrefix must be a non-blank prefix without '|', got '" + metadataPrefix + "'");
        }
        if (set != null && (set.isBlank() || set.contains(KeysetToken.SEPARATOR))) {
            throw new IllegalArgumentException("set must be a non-blank setSpec without '|', got '" + set + "'");
        }
        if (from != null && until != null && from.isAfter(until)) {
            throw new IllegalArgumentException("from " + from + " is after until " + until);
        }
    }
}
