package cn.tjlib.warehouse.harvest.client;

import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;
import cn.tjlib.warehouse.harvest.protocol.ListSetsPage;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;

import java.net.URI;
import java.util.List;

/** Issues OAI-PMH requests to a repository; every failure is a {@link HarvestFailure} naming the URL. */
public interface OaiClient {
    /** The repository's Identify response. */
    Identify identify(URI baseUrl);

    /** One page of a ListRecords list; {@code noRecordsMatch} yields an empty final page. */
    ListRecordsPage listRecords(URI baseUrl, ListRecordsQuery query);

    /**
     * The formats the repository offers; {@code noMetadataFormats} yields an empty list. A client that
     * only harvests (a test's wrapper, say) need not read them: the harvest then records why they are missing.
     */
    default List<MetadataFormat> listMetadataFormats(URI baseUrl) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not read ListMetadataFormats");
    }

    /** One page of the repository's sets, the first when {@code resumptionToken} is null; {@code noSetHierarchy} yields an empty final page. */
    default ListSetsPage listSets(URI baseUrl, String resumptionToken) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not read ListSets");
    }
}
