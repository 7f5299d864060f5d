package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.ingest.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the matching similarity index from the database at start-up when it is missing (a new version,
 * a lost data directory) while the catalogue is not empty. It runs in the background: matching goes on
 * with the blocking keys meanwhile, so the index only adds candidates once it is built.
 */
@Component
@Order(6)
@ConditionalOnWebApplication
class NearestRecordsStartup implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NearestRecordsStartup.class);

    private final Warehouse warehouse;

    NearestRecordsStartup(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!warehouse.nearestNeedsRebuild()) {
            return;
        }
        LOG.info("the matching similarity index is empty while the catalogue is not; building it from the database");
        Thread.ofPlatform().name("nearest-rebuild").daemon(true).start(() -> {
            try {
                warehouse.rebuildNearest();
                LOG.info("matching similarity index built");
            } catch (RuntimeException e) {
                LOG.warn("cannot build the matching similarity index; run ./warehouse reindex", e);
            }
        });
    }
}
