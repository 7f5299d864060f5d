package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestProgress;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** One harvest queued or running in this instance: its progress, and the flag that cancels it at the next page. */
final class LiveHarvest implements HarvestListener {
    private final String source;
    private final boolean full;
    private final String trigger;
    private final Clock clock;
    private final Instant queuedAt;
    private volatile String state = "QUEUED";
    private volatile String cancelReason;
    private Instant startedAt;
    private Instant finishedAt;
    private long runId;
    private int pages;
    private HarvestCounts counts = HarvestCounts.ZERO;
    private int baseline = -1;
    private long completeListSize = -1;
    private HarvestReport report;

    LiveHarvest(String source, boolean full, String trigger, Clock clock) {
        this.source = source;
        this.full = full;
        this.trigger = trigger;
        this.clock = clock;
        this.queuedAt = clock.instant();
    }

    String source() {
        return source;
    }

    boolean full() {
        return full;
    }

    synchronized void started() {
        startedAt = clock.instant();
        state = "RUNNING";
    }

    /** Asks the harvest to stop at its next page boundary; the first reason given is kept. */
    void cancel(String reason) {
        if (cancelReason == null) {
            cancelReason = reason;
        }
    }

    boolean cancelRequested() {
        return cancelReason != null;
    }

    String cancelReason() {
        return cancelReason;
    }

    boolean running() {
        return "RUNNING".equals(state);
    }

    @Override
    public synchronized void pageHarvested(HarvestProgress p) {
        if (baseline < 0) {
            // a resumed run starts with the pages stored before the crash; the rate counts only this session's
            baseline = p.recordsSoFar() - p.lastPage().total();
        }
        runId = p.runId();
        pages = p.pages();
        counts = p.counts();
        completeListSize = p.completeListSize().orElse(completeListSize);
    }

    @Override
    public synchronized void finished(HarvestReport r) {
        report = r;
        finishedAt = clock.instant();
        runId = r.runId();
        pages = r.pages();
        counts = r.counts();
        state = "FINISHED";
    }

    synchronized HarvestSnapshot snapshot() {
        Instant end = finishedAt != null ? finishedAt : clock.instant();
        double seconds = startedAt == null ? 0 : Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        int records = counts.total();
        double rate = seconds == 0 || baseline < 0 ? 0 : (records - baseline) / seconds;
        Long eta = completeListSize < 0 || rate <= 0 || report != null ? null
                : Math.max(0, Math.round((completeListSize - records) / rate));
        String error = report != null ? (cancelReason != null && report.status().name().equals("CANCELLED")
                ? cancelReason : report.error()) : null;
        return new HarvestSnapshot(source, state, full, trigger, queuedAt, startedAt, finishedAt, runId, pages, records,
                completeListSize < 0 ? null : completeListSize, Math.round(rate * 10) / 10.0, eta, counts,
                report == null ? null : report.status().name(), error);
    }
}
