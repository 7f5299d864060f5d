package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds an index written by an older version of its fields in the background at start-up, so
 * that facets, highlights and suggestions cover every record; search keeps answering meanwhile.
 */
@Component
@Order(5)
@ConditionalOnWebApplication
class IndexUpgrade implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpgrade.class);

    private final LuceneCatalogueIndex index;
    private final Warehouse warehouse;

    IndexUpgrade(LuceneCatalogueIndex index, Warehouse warehouse) {
        this.index = index;
        this.warehouse = warehouse;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (index.needsRebuild()) {
            LOG.info("the search index was written by an older version; rebuilding it from the database");
            Thread.ofPlatform().name("index-upgrade").daemon(true).start(() -> {
                try {
                    warehouse.reindex();
                } catch (RuntimeException e) {
                    LOG.warn("cannot rebuild the search index; run ./warehouse reindex", e);
                }
            });
        }
    }
}
