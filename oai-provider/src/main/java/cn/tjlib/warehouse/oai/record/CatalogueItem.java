package cn.tjlib.warehouse.oai.record;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A unified record as XOAI sees it: header fields, sets and ready-made metadata in one format. */
public final class CatalogueItem implements Item {
    private final PublishedRecord published;
    private final MetadataCrosswalk format;

    public CatalogueItem(PublishedRecord published, MetadataCrosswalk format) {
        this.published = published;
        this.format = format;
    }

    @Override
    public String getIdentifier() {
        return published.identifier().toString();
    }

    @Override
    public Instant getDatestamp() {
        return published.record().datestamp();
    }

    @Override
    public List<Set> getSets() {
        return CatalogueSets.specsOf(published.record()).stream().map(Set::new).toList();
    }

    @Override
    public boolean isDeleted() {
        return published.record().deleted();
    }

    /**
     * The record's metadata, copied into the response as written. NOTE: a copied element skips
     * XOAI's XSLT pipeline, which would otherwise parse and re-serialise every record.
     */
    @Override
    public Metadata getMetadata() {
        if (isDeleted()) {
            throw new IllegalStateException("unified record " + published.record().id() + " is deleted and has no metadata");
        }
        byte[] xml = format.xml(published).getBytes(StandardCharsets.UTF_8);
        return Metadata.copyFromStream(new ByteArrayInputStream(xml));
    }

    public Header header() {
        Header header = new Header().withIdentifier(getIdentifier()).withDatestamp(getDatestamp());
        CatalogueSets.specsOf(published.record()).forEach(header::withSetSpec);
        return isDeleted() ? header.withStatus(Header.Status.DELETED) : header;
    }

    /** The whole record; a deleted one has a header only, as OAI-PMH requires. */
    public Record oaiRecord() {
        Record r = new Record().withHeader(header());
        return isDeleted() ? r : r.withMetadata(getMetadata());
    }
}
