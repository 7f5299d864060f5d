package cn.tjlib.warehouse.oai.record;

import io.gdcc.xoai.dataprovider.model.MetadataFormat;

/** One metadata format the endpoint disseminates, and how a published record is written in it. */
public sealed interface MetadataCrosswalk permits OaiDc, TjQdc, DctermsRdfXml {
    /**
     * What ListMetadataFormats says of a format, and whether {@link #xml} reads the record's holdings,
     * provenance or merged records, which cost queries of their own.
     */
    record Description(String prefix, String namespace, String schema, boolean needsDetails) {
    }

    Description description();

    default String prefix() {
        return description().prefix();
    }

    default String namespace() {
        return description().namespace();
    }

    default String schema() {
        return description().schema();
    }

    default boolean needsDetails() {
        return description().needsDetails();
    }

    /** The {@code <metadata>} content for a live record: one element, no XML declaration. */
    String xml(PublishedRecord record);

    default MetadataFormat xoaiFormat() {
        return new MetadataFormat().withPrefix(prefix()).withNamespace(namespace()).withSchemaLocation(schema());
    }
}
