package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.schedule.HarvestLease;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Resumes at start-up the harvests a previous process left unfinished (killed, power cut): every
 * enabled source whose newest run is still RUNNING is harvested again, and the harvester continues
 * that run from its checkpoint. The dead process's claim on the source only lapses after the lease
 * time; until then the claim may as well belong to a live instance still harvesting it, so such a
 * source is looked at again when the claim expires, until its run is no longer RUNNING.
 */
final class InterruptedRuns {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRuns.class);
    // past the claim's expiry, so that the claim is free when we try
    private static final Duration MARGIN = Duration.ofMillis(500);

    private final JdbcSourceRegistry sources;
    private final JdbcHarvestLog log;
    private final JdbcHarvestLeases leases;
    private final HarvestJobs jobs;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "harvest-resume");
        t.setDaemon(true);
        return t;
    });

    InterruptedRuns(JdbcSourceRegistry sources, JdbcHarvestLog log, JdbcHarvestLeases leases, HarvestJobs jobs, Clock clock) {
        this.sources = sources;
        this.log = log;
        this.leases = leases;
        this.jobs = jobs;
        this.clock = clock;
    }

    void start() {
        timer.execute(this::resume);
    }

    void stop() {
        timer.shutdownNow();
    }

    /** Queues every interrupted run whose source is free; looks again at the earliest expiry of the claims that are not. */
    void resume() {
        Instant now = clock.instant();
        Instant nextLook = null;
        try {
            for (Source source : sources.all()) {
                Optional<HarvestRun> newest = log.recent(source.code(), 1).stream().findFirst();
                if (!source.enabled() || newest.isEmpty() || newest.get().status() != HarvestStatus.RUNNING
                        || jobs.snapshot(source.code()).filter(HarvestSnapshot::active).isPresent()) {
                    continue;
                }
                HarvestRun run = newest.get();
                Optional<HarvestLease> claim = leases.holder(source.code(), now);
                if (claim.isPresent()) {
                    LOG.info("{}: run {} was interrupted after page {}; its source is claimed by {} until {}, looking again then",
                            source.code(), run.id(), run.pages(), claim.get().owner(), claim.get().expiresAt());
                    Instant at = claim.get().expiresAt().plus(MARGIN);
                    nextLook = nextLook == null || at.isBefore(nextLook) ? at : nextLook;
                } else {
                    LOG.info("{}: resuming run {}, interrupted after page {}", source.code(), run.id(), run.pages());
                    jobs.submit(source, run.full(), "resume", null);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("interrupted harvests could not be looked for: {}", e.toString());
            nextLook = now.plusSeconds(30);
        }
        if (nextLook != null) {
            timer.schedule(this::resume, Math.max(0, Duration.between(clock.instant(), nextLook).toMillis()), TimeUnit.MILLISECONDS);
        }
    }
}
