package cn.tjlib.warehouse.harvest.protocol;

import java.util.Objects;

/** A metadata format a repository offers, as its ListMetadataFormats response declares it; schema and namespace may be empty. */
public record MetadataFormat(String prefix, String schema, String namespace) {
    public MetadataFormat {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("a metadataPrefix must not be blank");
        }
        schema = schema == null ? "" : schema;
        namespace = namespace == null ? "" : namespace;
    }
}
