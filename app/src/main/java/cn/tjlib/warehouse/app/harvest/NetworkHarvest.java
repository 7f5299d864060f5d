package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvest.HarvestRequest;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.source.Source;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Harvests many sources in parallel, at most {@code warehouse.harvest.concurrency} at a time. */
@Component
public class NetworkHarvest {
    private final Harvester harvester;
    private final int concurrency;

    NetworkHarvest(Harvester harvester, WarehouseProperties properties) {
        this.harvester = harvester;
        this.concurrency = properties.harvest().concurrency();
    }

    /** Harvests every given source and returns their reports in the same order; one failing source never stops the others. */
    public List<HarvestReport> harvestAll(List<Source> sources, boolean full) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency,
                r -> new Thread(r, "harvest-" + threads.incrementAndGet()));
        try {
            List<Future<HarvestReport>> futures = new ArrayList<>();
            for (Source source : sources) {
                HarvestRequest request = (full ? HarvestRequest.fullHarvest() : HarvestRequest.incremental())
                        .withListener(new LoggingListener(source));
                futures.add(pool.submit(() -> harvester.harvest(source, request)));
            }
            List<HarvestReport> reports = new ArrayList<>();
            for (Future<HarvestReport> f : futures) {
                reports.add(f.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while harvesting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a harvest failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
