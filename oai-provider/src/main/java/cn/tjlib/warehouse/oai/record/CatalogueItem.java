package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A unified record as XOAI sees it: header fields, sets and ready-made {@code oai_dc} metadata. */
public final class CatalogueItem implements Item {
    private final UnifiedRecord record;
    private final OaiIdentifier identifier;

    public CatalogueItem(UnifiedRecord record, String repositoryIdentifier) {
        this.record = record;
        this.identifier = new OaiIdentifier(repositoryIdentifier, record.id());
    }

    /** The one metadata format the catalogue disseminates. */
    public static MetadataFormat oaiDc() {
        return new MetadataFormat().withPrefix(OaiDc.PREFIX).withNamespace(OaiDc.NAMESPACE).withSchemaLocation(OaiDc.SCHEMA);
    }

    @Override
    public String getIdentifier() {
        return identifier.toString();
    }

    @Override
    public Instant getDatestamp() {
        return record.datestamp();
    }

    @Override
    public List<Set> getSets() {
        return CatalogueSets.specsOf(record).stream().map(Set::new).toList();
    }

    @Override
    public boolean isDeleted() {
        return record.deleted();
    }

    /**
     * The record's {@code oai_dc}, copied into the response as written. NOTE: a copied element
     * skips XOAI's XSLT pipeline, which would otherwise parse and re-serialise every record.
     */
    @Override
    public Metadata getMetadata() {
        if (record.deleted()) {
            throw new IllegalStateException("unified record " + record.id() + " is deleted and has no metadata");
        }
        byte[] xml = OaiDc.xml(record.record(), record.type()).getBytes(StandardCharsets.UTF_8);
        return Metadata.copyFromStream(new ByteArrayInputStream(xml));
    }

    public Header header() {
        Header header = new Header().withIdentifier(getIdentifier()).withDatestamp(getDatestamp());
        CatalogueSets.specsOf(record).forEach(header::withSetSpec);
        return record.deleted() ? header.withStatus(Header.Status.DELETED) : header;
    }

    /** The whole record; a deleted one has a header only, as OAI-PMH requires. */
    public Record oaiRecord() {
        Record r = new Record().withHeader(header());
        return record.deleted() ? r : r.withMetadata(getMetadata());
    }
}
