package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.app.schedule.CompositeListener;
import cn.tjlib.warehouse.app.schedule.HarvestJobs;
import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.source.Source;
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
    private final HarvestJobs jobs;

    NetworkHarvest(HarvestJobs jobs) {
        this.jobs = jobs;
    }

    /** Harvests every given source and returns their reports in the same order; one failing source never stops the others. */
    public List<HarvestReport> harvestAll(List<Source> sources, boolean full) {
        return harvestAll(sources, full, s -> HarvestListener.NONE);
    }

    /** As {@link #harvestAll(List, boolean)}, telling each source's harvest to the listener {@code watcher} makes for it. */
    public List<HarvestReport> harvestAll(List<Source> sources, boolean full, Function<Source, HarvestListener> watcher) {
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
