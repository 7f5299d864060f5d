package cn.tjlib.warehouse.oai.record;

import io.gdcc.xoai.dataprovider.model.MetadataFormat;

/** One metadata format the endpoint disseminates, and how a published record is written in it. */
public sealed interface MetadataCrosswalk permits OaiDc, TjQdc, DctermsRdfXml {
    String prefix();

    String namespace();

    String schema();

    /** Whether {@link #xml} reads the record's holdings, provenance or merged records, which cost queries of their own. */
    boolean needsDetails();

    /** The {@code <metadata>} content for a live record: one element, no XML declaration. */
    String xml(PublishedRecord record);

    default MetadataFormat xoaiFormat() {
        return new MetadataFormat().withPrefix(prefix()).withNamespace(namespace()).withSchemaLocation(schema());
    }
}
