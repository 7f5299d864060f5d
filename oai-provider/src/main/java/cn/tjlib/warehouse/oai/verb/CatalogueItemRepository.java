package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.oai.record.CatalogueItem;
import cn.tjlib.warehouse.oai.record.Crosswalks;
import cn.tjlib.warehouse.oai.record.MetadataCrosswalk;
import cn.tjlib.warehouse.oai.record.OaiIdentifier;
import io.gdcc.xoai.dataprovider.exceptions.InternalOAIException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;

import java.util.List;

/** Single records for XOAI's GetRecord and ListMetadataFormats; the lists go through {@link ListRequests}. */
final class CatalogueItemRepository implements ItemRepository {
    private final JdbcUnifiedCatalogue catalogue;
    private final PublishedRecords published;
    private final Crosswalks crosswalks;

    CatalogueItemRepository(JdbcUnifiedCatalogue catalogue, PublishedRecords published, Crosswalks crosswalks) {
        this.catalogue = catalogue;
        this.published = published;
        this.crosswalks = crosswalks;
    }

    /** For ListMetadataFormats: every format is offered for every record, so any one will do. */
    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return item(find(identifier), crosswalks.all().get(0), false);
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws IdDoesNotExistException {
        // XOAI has checked the prefix against the context, which holds exactly the crosswalks' formats
        MetadataCrosswalk crosswalk = crosswalks.forPrefix(format.getPrefix()).orElseThrow();
        return item(find(identifier), crosswalk, true);
    }

    private UnifiedRecord find(String identifier) throws IdDoesNotExistException {
        long id = OaiIdentifier.parse(published.repositoryIdentifier(), identifier).map(OaiIdentifier::id).orElse(0L);
        return catalogue.find(id)
                .orElseThrow(() -> new IdDoesNotExistException("'" + identifier + "' is not an identifier of this repository"));
    }

    private CatalogueItem item(UnifiedRecord record, MetadataCrosswalk format, boolean withMetadata) {
        return new CatalogueItem(published.of(List.of(record), format, withMetadata).get(0), format);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format, int max,
                                                          ResumptionToken.Value token) {
        throw listsAreKeyset();
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max,
                                      ResumptionToken.Value token) {
        throw listsAreKeyset();
    }

    // XOAI pages by offset; CatalogueDataProvider answers both list verbs itself, so these are never called
    private static InternalOAIException listsAreKeyset() {
        return new InternalOAIException("ListIdentifiers and ListRecords are answered by ListRequests, not by XOAI's offset paging");
    }
}
