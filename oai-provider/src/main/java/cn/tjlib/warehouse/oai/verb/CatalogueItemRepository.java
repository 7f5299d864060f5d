package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.oai.record.CatalogueItem;
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
    private final String repositoryIdentifier;

    CatalogueItemRepository(JdbcUnifiedCatalogue catalogue, String repositoryIdentifier) {
        this.catalogue = catalogue;
        this.repositoryIdentifier = repositoryIdentifier;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return find(identifier);
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws IdDoesNotExistException {
        return find(identifier);
    }

    private CatalogueItem find(String identifier) throws IdDoesNotExistException {
        long id = OaiIdentifier.parse(repositoryIdentifier, identifier).map(OaiIdentifier::id).orElse(0L);
        return catalogue.find(id)
                .map(r -> new CatalogueItem(r, repositoryIdentifier))
                .orElseThrow(() -> new IdDoesNotExistException("'" + identifier + "' is not an identifier of this repository"));
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
