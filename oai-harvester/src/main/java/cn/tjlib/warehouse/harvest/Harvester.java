package cn.tjlib.warehouse.harvest;

import cn.tjlib.warehouse.harvest.client.HarvestFailure;
import cn.tjlib.warehouse.harvest.client.InterruptedFailure;
import cn.tjlib.warehouse.harvest.client.OaiClient;
import cn.tjlib.warehouse.harvest.describe.SourceDescriber;
import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The harvester's front door: harvests one source over OAI-PMH into the {@link Warehouse}, recording
 * the run in the harvest log. Safe to call for many sources at once; one source runs at most once at
 * a time in this instance.
 */
public final class Harvester {
    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);
    /** How long what a source declares (formats, sets) is trusted before a harvest asks again. */
    static final Duration DESCRIPTION_MAX_AGE = Duration.ofHours(1);

    private final Warehouse warehouse;
    private final JdbcHarvestLog log;
    private final OaiClient client;
    private final Clock clock;
    private final SourceDescriber describer;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /**
     * A harvester storing into {@code warehouse}, recording runs in {@code log}, fetching with {@code client};
     * it does not record what sources declare.
     */
    public Harvester(Warehouse warehouse, JdbcHarvestLog log, OaiClient client, Clock clock) {
        this(warehouse, log, client, clock, null);
    }

    /** As {@link #Harvester(Warehouse, JdbcHarvestLog, OaiClient, Clock)}, also recording each source's formats and sets with {@code describer}. */
    public Harvester(Warehouse warehouse, JdbcHarvestLog log, OaiClient client, Clock clock, SourceDescriber describer) {
        this.warehouse = warehouse;
        this.log = log;
        this.client = client;
        this.clock = clock;
        this.describer = describer;
    }

    /**
     * Harvests {@code source}, resuming its interrupted run if there is one; never throws for the
     * source's own failures, which the report (and the harvest log) describe instead.
     */
    public HarvestReport harvest(Source source, HarvestRequest request) {
        Instant began = clock.instant();
        HarvestListener listener = new GuardedListener(request.listener());
        if (!running.add(source.code())) {
            return notStarted(source, began, "a harvest of " + source.code() + " is already running", listener);
        }
        try {
            return run(source, request, began, listener);
        } catch (RuntimeException e) {
            // the harvest log itself failed (e.g. the database is down): nothing more can be recorded
            LOG.error("harvest of {} could not be recorded", source.code(), e);
            return notStarted(source, began, "could not record the harvest: " + e, listener);
        } finally {
            running.remove(source.code());
        }
    }

    private HarvestReport run(Source source, HarvestRequest request, Instant began, HarvestListener listener) {
        RunState run = interruptedRun(source, request).map(RunState::resumed).orElse(null);
        boolean identified = false;
        try {
            Identify identify = client.identify(source.baseUrl());
            identified = true;
            if (describer != null) {
                describer.refresh(source, identify, DESCRIPTION_MAX_AGE);
            }
            if (run == null) {
                run = start(source, request, identify);
            } else {
                LOG.info("{}: resuming run {} after page {}", source.code(), run.id(), run.pages());
            }
            HarvestStatus status = new PagedHarvest(client, warehouse, listener, request.cancelRequested()).run(source, run);
            return finish(source, run, status, status == HarvestStatus.CANCELLED ? "cancelled at a page boundary" : null,
                    began, listener);
        } catch (InterruptedFailure e) {
            // record the cancellation with the flag cleared (JDBC drivers may refuse interrupted threads), then restore it
            boolean interrupted = Thread.interrupted();
            try {
                run = run != null ? run : start(source, request, null);
                return finish(source, run, HarvestStatus.CANCELLED, e.getMessage(), began, listener);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        } catch (RuntimeException e) {
            run = run != null ? run : start(source, request, null);
            String where = identified ? "ListRecords page " + (run.pages() + 1) : "Identify";
            if (!(e instanceof HarvestFailure)) {
                LOG.error("{}: unexpected failure in {}", source.code(), where, e);
            }
            return finish(source, run, HarvestStatus.FAILED, where + ": " + e.getMessage(), began, listener);
        }
    }

    // a run still RUNNING was cut short (the service stopped); a full request does not resume an incremental run
    private Optional<HarvestRun> interruptedRun(Source source, HarvestRequest request) {
        Optional<HarvestRun> last = log.recent(source.code(), 1).stream()
                .filter(r -> r.status() == HarvestStatus.RUNNING).findFirst();
        if (last.isEmpty()) {
            return last;
        }
        HarvestRun run = last.get();
        if (request.full() && !run.full()) {
            log.finish(run.id(), HarvestStatus.CANCELLED, "interrupted, then superseded by a full harvest", clock.instant());
            return Optional.empty();
        }
        if (run.resumptionToken() == null && run.pages() > 0) {
            // its last page was stored (no token follows it): the list was complete, only the finish was lost
            log.finish(run.id(), HarvestStatus.SUCCEEDED, null, clock.instant());
            return Optional.empty();
        }
        return last;
    }

    private RunState start(Source source, HarvestRequest request, Identify identify) {
        String from = request.full() || identify == null ? null
                : log.lastSucceeded(source.code()).map(r -> identify.granularity().fromAfter(r.startedAt())).orElse(null);
        long id = log.start(source.code(), from == null, from, clock.instant());
        LOG.info("{}: run {} started ({})", source.code(), id, from == null ? "full" : "from " + from);
        return RunState.fresh(id, from);
    }

    private HarvestReport finish(Source source, RunState run, HarvestStatus status, String error, Instant began,
                                 HarvestListener listener) {
        Instant now = clock.instant();
        log.finish(run.id(), status, error, now);
        HarvestReport report = new HarvestReport(run.id(), source.code(), status, run.counts(), run.pages(),
                Duration.between(began, now), error);
        LOG.info("{}: run {} {} after {} pages, {} ({}){}", source.code(), run.id(), status, run.pages(), run.counts(),
                report.duration(), error == null ? "" : ": " + error);
        listener.finished(report);
        return report;
    }

    private HarvestReport notStarted(Source source, Instant began, String error, HarvestListener listener) {
        HarvestReport report = new HarvestReport(0, source.code(), HarvestStatus.FAILED, HarvestCounts.ZERO, 0,
                Duration.between(began, clock.instant()), error);
        listener.finished(report);
        return report;
    }
}
