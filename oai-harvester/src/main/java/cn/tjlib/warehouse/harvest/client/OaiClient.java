package cn.tjlib.warehouse.harvest.client;

import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;

import java.net.URI;

/** Issues OAI-PMH requests to a repository; every failure is a {@link HarvestFailure} naming the URL. */
public interface OaiClient {
    /** The repository's Identify response. */
    Identify identify(URI baseUrl);

    /** One page of a ListRecords list; {@code noRecordsMatch} yields an empty final page. */
    ListRecordsPage listRecords(URI baseUrl, ListRecordsQuery query);
}
