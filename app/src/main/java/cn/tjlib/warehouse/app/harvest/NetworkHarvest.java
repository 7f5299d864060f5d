package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.app.schedule.CompositeListener;
import cn.tjlib.warehouse.app.schedule.HarvestJobs;
import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.ingest.BackgroundClustering;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Harvests many sources in parallel through the service's {@link HarvestJobs}: at most
 * {@code warehouse.harvest.concurrency} at a time, each source claimed in the database first.
 */
@Component
public class NetworkHarvest {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkHarvest.class);
    private final HarvestJobs jobs;
    private final Warehouse warehouse;

    NetworkHarvest(HarvestJobs jobs, Warehouse warehouse) {
        this.jobs = jobs;
        this.warehouse = warehouse;
    }

    /** Harvests every given source and returns their reports in the same order; one failing source never stops the others. */
    public List<HarvestReport> harvestAll(List<Source> sources, boolean full) {
        return harvestAll(sources, full, s -> HarvestListener.NONE);
    }

    /** As {@link #harvestAll(List, boolean)}, telling each source's harvest to the listener {@code watcher} makes for it. */
    public List<HarvestReport> harvestAll(List<Source> sources, boolean full, Function<Source, HarvestListener> watcher) {
        BackgroundClustering held = holdForFirstLoad(sources);
        try {
            return harvestEach(sources, full, watcher);
        } finally {
            if (held != null) {
                // the queued records stay queued when the worker stops; this thread clusters them, first load first
                held.close();
                long began = System.nanoTime();
                warehouse.unifyPending();
                LOG.info("first load of the catalogue clustered in {} s", (System.nanoTime() - began) / 1_000_000_000);
            }
        }
    }

    /**
     * On a new install (nothing clustered yet) a harvest of several sources stores its pages without clustering
     * them and clusters all of them at the end in one pass, which is many times faster for a whole network than
     * placing records page by page; records become searchable when the harvest ends. Null when not held.
     */
    private BackgroundClustering holdForFirstLoad(List<Source> sources) {
        if (sources.size() < 2 || !warehouse.catalogueEmpty()) {
            return null;
        }
        try {
            BackgroundClustering held = warehouse.clusterInBackground(Duration.ofSeconds(30));
            held.pause(true);
            LOG.info("the catalogue is empty: clustering is held until this harvest of {} sources ends, then done in one pass", sources.size());
            return held;
        } catch (IllegalStateException alreadyHeld) {
            return null; // another network harvest holds it already and clusters at its end
        }
    }

    private List<HarvestReport> harvestEach(List<Source> sources, boolean full, Function<Source, HarvestListener> watcher) {
        List<CompletableFuture<HarvestReport>> futures = new ArrayList<>();
        for (Source source : sources) {
            HarvestListener listener = CompositeListener.of(new LoggingListener(source), watcher.apply(source));
            futures.add(jobs.submit(source, full, "harvest", listener).orElseGet(() -> {
                HarvestReport busy = new HarvestReport(0, source.code(), HarvestStatus.FAILED, HarvestCounts.ZERO, 0,
                        Duration.ZERO, "a harvest of " + source.code() + " is already queued or running");
                listener.finished(busy);
                return CompletableFuture.completedFuture(busy);
            }));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
