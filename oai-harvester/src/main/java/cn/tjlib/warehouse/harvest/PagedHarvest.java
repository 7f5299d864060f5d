package cn.tjlib.warehouse.harvest;

import cn.tjlib.warehouse.harvest.client.MalformedResponseFailure;
import cn.tjlib.warehouse.harvest.client.OaiClient;
import cn.tjlib.warehouse.harvest.client.OaiErrorFailure;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.PageResult;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * Walks one ListRecords list page by page, storing each page with its checkpoint before asking for
 * the next, so that a crash loses at most the page in flight. Failures propagate to the caller.
 */
final class PagedHarvest {
    private static final Logger LOG = LoggerFactory.getLogger(PagedHarvest.class);

    private final OaiClient client;
    private final Warehouse warehouse;
    private final HarvestListener listener;
    private final BooleanSupplier cancelled;

    PagedHarvest(OaiClient client, Warehouse warehouse, HarvestListener listener, BooleanSupplier cancelled) {
        this.client = client;
        this.warehouse = warehouse;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** Harvests until the list ends (SUCCEEDED) or cancellation is requested (CANCELLED). */
    HarvestStatus run(Source source, RunState run) {
        ListRecordsQuery first = ListRecordsQuery.first(source.metadataPrefix(), source.setSpec(), run.from());
        ListRecordsQuery query = run.token() == null ? first : ListRecordsQuery.resume(run.token());
        boolean restarted = false;
        while (!cancelled.getAsBoolean()) {
            ListRecordsPage page;
            try {
                page = client.listRecords(source.baseUrl(), query);
            } catch (OaiErrorFailure e) {
                if (!"badResumptionToken".equals(e.code()) || !query.isResumption() || restarted) {
                    throw e;
                }
                // tokens expire; pages are idempotent, so asking for the whole list again is safe
                LOG.warn("{}: resumption token refused ({}); restarting the list from {}", source.code(),
                        e.getMessage(), run.from() == null ? "the beginning" : run.from());
                restarted = true;
                query = first;
                continue;
            }
            String next = page.nextToken();
            if (next != null && next.equals(query.resumptionToken())) {
                throw new MalformedResponseFailure(query.toUri(source.baseUrl()),
                        "the server answered with the resumptionToken it was sent ('" + next + "'); stopping rather than looping", null);
            }
            store(source, run, page);
            if (next == null) {
                return HarvestStatus.SUCCEEDED;
            }
            query = ListRecordsQuery.resume(next);
        }
        return HarvestStatus.CANCELLED;
    }

    private void store(Source source, RunState run, ListRecordsPage page) {
        PageResult result = warehouse.ingest(new HarvestPage(run.id(), source.code(), source.metadataPrefix(),
                page.records(), page.nextToken()));
        run.pageStored(result.counts(), page.nextToken());
        result.rejections().forEach(r -> LOG.debug("{}: rejected {}: {}", source.code(), r.oaiIdentifier(), r.reason()));
        listener.pageHarvested(new HarvestProgress(run.id(), source.code(), run.pages(), result.counts(), run.counts(),
                page.token().completeListSize()));
    }
}
