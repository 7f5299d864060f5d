package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.app.harvest.NetworkHarvest;
import cn.tjlib.warehouse.catalogue.CatalogueQuery;
import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.search.CatalogueSearch;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import cn.tjlib.warehouse.search.SearchRequest;
import cn.tjlib.warehouse.search.eval.EvaluationReport;
import cn.tjlib.warehouse.search.eval.JudgedQuery;
import cn.tjlib.warehouse.search.eval.SearchEvaluation;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a judged query set against this service's catalogue: harvests the sources first if the
 * database is empty, rebuilds the index if it does not hold every live record, and maps each
 * relevant {@code library:source-record-id} to the unified records holding it.
 */
@Component
public class DemoCatalogueEvaluation {
    private static final long SETTLE_NANOS = 10_000_000_000L;

    private final JdbcUnifiedCatalogue catalogue;
    private final CatalogueSearch search;
    private final LuceneCatalogueIndex index;
    private final Warehouse warehouse;
    private final JdbcSourceRegistry sources;
    private final NetworkHarvest harvest;

    DemoCatalogueEvaluation(JdbcUnifiedCatalogue catalogue, CatalogueSearch search, LuceneCatalogueIndex index,
                            Warehouse warehouse, JdbcSourceRegistry sources, NetworkHarvest harvest) {
        this.catalogue = catalogue;
        this.search = search;
        this.index = index;
        this.warehouse = warehouse;
        this.sources = sources;
        this.harvest = harvest;
    }

    /** The scores of {@code queries} on the catalogue as it is (after a first harvest if it is empty). */
    public EvaluationReport evaluate(List<JudgedQuery> queries) {
        if (catalogue.count(CatalogueQuery.all(1)) == 0) {
            harvest.harvestAll(sources.all().stream().filter(Source::enabled).toList(), false);
        }
        Map<String, Set<Long>> holders = new HashMap<>();
        long live = 0;
        for (Iterator<UnifiedRecord> all = catalogue.iterateAll(1000); all.hasNext(); ) {
            UnifiedRecord record = all.next();
            if (!record.deleted()) {
                live++;
                for (Holding holding : record.holdings()) {
                    holders.computeIfAbsent(holding.library() + ":" + holding.sourceRecordId(), k -> new java.util.HashSet<>())
                            .add(record.id());
                }
            }
        }
        awaitIndexOf(live);
        return new SearchEvaluation(search, r -> holders.getOrDefault(r, Set.of())).evaluate(queries);
    }

    private void awaitIndexOf(long live) {
        if (index.needsRebuild() || indexed() != live) {
            warehouse.reindex();
        }
        // near-real-time: updates become visible within a refresh interval
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (indexed() != live && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the index", e);
            }
        }
    }

    private long indexed() {
        return search.search(new SearchRequest("", 0, 1)).total();
    }
}
