package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Harvests every enabled source once when the service starts, then prints where to look. It waits
 * for the application to be ready, after every start-up runner, so that the first administrator
 * exists and staff can log in to watch the harvest instead of waiting for it to end.
 */
@Component
@ConditionalOnWebApplication
class StartupHarvest {
    private static final Logger LOG = LoggerFactory.getLogger(StartupHarvest.class);

    private final JdbcSourceRegistry sources;
    private final NetworkHarvest harvest;
    private final WarehouseProperties properties;
    private final WebServerApplicationContext context;

    StartupHarvest(JdbcSourceRegistry sources, NetworkHarvest harvest, WarehouseProperties properties,
                   WebServerApplicationContext context) {
        this.sources = sources;
        this.harvest = harvest;
        this.properties = properties;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        if (properties.harvest().onStart()) {
            List<Source> enabled = sources.all().stream().filter(Source::enabled).toList();
            LOG.info("harvesting {} sources, {} at a time", enabled.size(), properties.harvest().concurrency());
            long began = System.nanoTime();
            List<HarvestReport> reports = harvest.harvestAll(enabled, false);
            HarvestCounts total = reports.stream().map(HarvestReport::counts).reduce(HarvestCounts.ZERO, HarvestCounts::plus);
            long failed = reports.stream().filter(r -> !r.succeeded()).count();
            LOG.info("harvest of {} sources done in {} s: {} records ({} new, {} updated, {} unchanged, {} deleted, {} rejected), "
                            + "{} sources failed", reports.size(), (System.nanoTime() - began) / 1_000_000_000, total.total(),
                    total.created(), total.updated(), total.unchanged(), total.deleted(), total.rejected(), failed);
        }
        int port = context.getWebServer().getPort();
        LOG.info("OAI-PMH endpoint: http://localhost:{}/oai?verb=ListRecords&metadataPrefix=oai_dc", port);
        LOG.info("Search API:       http://localhost:{}/api/search?q=天津", port);
    }
}
