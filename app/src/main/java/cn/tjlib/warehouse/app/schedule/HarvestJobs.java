package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvest.HarvestRequest;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every harvest of this service instance runs here, whoever asked (schedule, console, start-up,
 * command line): at most {@code concurrency} at a time, one per source, and only after claiming the
 * source in the database so that no other instance harvests it meanwhile. The claim is renewed while
 * the harvest runs; a harvest whose claim is lost, that is cancelled, or that outlives its time limit
 * stops at the next page boundary.
 */
public final class HarvestJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestJobs.class);

    private final Harvester harvester;
    private final JdbcHarvestLeases leases;
    private final JdbcHarvestTimeouts timeouts;
    private final HarvestMetrics metrics;
    private final Clock clock;
    private final String owner;
    private final Duration leaseTtl;
    private final Duration defaultTimeout;
    private final ExecutorService pool;
    private final ScheduledExecutorService heartbeat;
    private final Map<String, LiveHarvest> active = new ConcurrentHashMap<>();
    private final Map<String, LiveHarvest> lastFinished = new ConcurrentHashMap<>();

    public HarvestJobs(Harvester harvester, JdbcHarvestLeases leases, JdbcHarvestTimeouts timeouts, HarvestMetrics metrics,
                       Clock clock, String owner, int concurrency, Duration leaseTtl, Duration defaultTimeout) {
        this.harvester = harvester;
        this.leases = leases;
        this.timeouts = timeouts;
        this.metrics = metrics;
        this.clock = clock;
        this.owner = owner;
        this.leaseTtl = leaseTtl;
        this.defaultTimeout = defaultTimeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(concurrency, r -> new Thread(r, "harvest-job-" + n.incrementAndGet()));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "harvest-lease-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1000, leaseTtl.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    }

    /** The name this instance claims sources under. */
    public String owner() {
        return owner;
    }

    /**
     * Queues a harvest of {@code source}; empty when one is already queued or running in this
     * instance. The future never fails: problems are in the report.
     */
    public Optional<CompletableFuture<HarvestReport>> submit(Source source, boolean full, String trigger, HarvestListener watcher) {
        LiveHarvest live = new LiveHarvest(source.code(), full, trigger, clock);
        if (active.putIfAbsent(source.code(), live) != null) {
            return Optional.empty();
        }
        CompletableFuture<HarvestReport> done = new CompletableFuture<>();
        try {
            pool.execute(() -> done.complete(run(source, live, watcher)));
        } catch (RejectedExecutionException e) {
            active.remove(source.code(), live);
            throw new IllegalStateException("the harvest queue is shut down; cannot harvest " + source.code(), e);
        }
        LOG.info("{}: {} harvest queued ({})", source.code(), full ? "full" : "incremental", trigger);
        return Optional.of(done);
    }

    /** Cancels the source's queued or running harvest at its next page boundary; false when there is none. */
    public boolean cancel(String sourceCode) {
        LiveHarvest live = active.get(sourceCode);
        if (live == null) {
            return false;
        }
        live.cancel("cancelled by staff at a page boundary");
        return true;
    }

    /** The source's harvest in this instance: queued, running, or the last one finished. */
    public Optional<HarvestSnapshot> snapshot(String sourceCode) {
        LiveHarvest live = active.getOrDefault(sourceCode, lastFinished.get(sourceCode));
        return Optional.ofNullable(live).map(LiveHarvest::snapshot);
    }

    /** Harvests queued or running in this instance, by source code. */
    public List<HarvestSnapshot> active() {
        List<HarvestSnapshot> all = new ArrayList<>(active.values().stream().map(LiveHarvest::snapshot).toList());
        all.sort(Comparator.comparing(HarvestSnapshot::source));
        return all;
    }

    private HarvestReport run(Source source, LiveHarvest live, HarvestListener watcher) {
        HarvestReport report;
        boolean harvested = false;
        Instant began = clock.instant();
        try {
            if (live.cancelRequested()) {
                report = notRun(source, began, HarvestStatus.CANCELLED, live.cancelReason() + " (before it started)");
            } else if (!leases.tryClaim(source.code(), owner, leaseTtl, began)) {
                String holder = leases.holder(source.code(), began).map(l -> l.owner()).orElse("another instance");
                report = notRun(source, began, HarvestStatus.FAILED, "a harvest of " + source.code() + " is running on " + holder);
            } else {
                harvested = true;
                report = claimed(source, live, watcher, began);
            }
        } catch (RuntimeException e) {
            LOG.error("{}: harvest could not be run", source.code(), e);
            report = notRun(source, began, HarvestStatus.FAILED, "could not run the harvest: " + e.getMessage());
            harvested = false;
        } finally {
            active.remove(source.code(), live);
        }
        if (!harvested) {
            // the harvester tells the listeners itself; here nothing reached it
            live.finished(report);
            if (watcher != null) {
                watcher.finished(report);
            }
        }
        lastFinished.put(source.code(), live);
        return report;
    }

    private HarvestReport claimed(Source source, LiveHarvest live, HarvestListener watcher, Instant began) {
        try {
            live.started();
            Duration limit = timeouts.find(source.code()).orElse(defaultTimeout);
            Instant deadline = began.plus(limit);
            HarvestRequest request = (live.full() ? HarvestRequest.fullHarvest() : HarvestRequest.incremental())
                    .withListener(CompositeListener.of(live, metrics.listener(source.code()), watcher))
                    .cancelledWhen(() -> {
                        if (!live.cancelRequested() && clock.instant().isAfter(deadline)) {
                            live.cancel("timed out after " + limit.toMinutes() + " min (limit of " + source.code() + ")");
                        }
                        return live.cancelRequested();
                    });
            return harvester.harvest(source, request);
        } finally {
            leases.release(source.code(), owner);
        }
    }

    private HarvestReport notRun(Source source, Instant began, HarvestStatus status, String why) {
        LOG.info("{}: harvest not run: {}", source.code(), why);
        return new HarvestReport(0, source.code(), status, HarvestCounts.ZERO, 0, Duration.between(began, clock.instant()), why);
    }

    private void renewLeases() {
        try {
            for (LiveHarvest live : active.values()) {
                if (live.running() && !leases.renew(live.source(), owner, leaseTtl, clock.instant())) {
                    LOG.warn("{}: the claim on the source was lost; stopping the harvest", live.source());
                    live.cancel("the claim on the source expired and was taken by another instance");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew harvest claims: {}", e.toString());
        }
    }

    /** Cancels every harvest at its next page boundary and waits a little for them to stop. */
    @Override
    public void close() {
        active.values().forEach(l -> l.cancel("the service is shutting down"));
        pool.shutdown();
        try {
            if (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
    }
}
