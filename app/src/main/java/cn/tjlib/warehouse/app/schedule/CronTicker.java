package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts the harvests whose cron time has come. Checked every tick rather than one trigger per
 * source, so that edited schedules apply at the next tick without re-registering anything; a firing
 * is recorded in the database first, so that when several instances see it only one harvests.
 */
final class CronTicker {
    private static final Logger LOG = LoggerFactory.getLogger(CronTicker.class);

    private final JdbcSourceRegistry sources;
    private final SourceSchedules schedules;
    private final JdbcHarvestLeases leases;
    private final HarvestJobs jobs;
    private final Clock clock;
    private final Duration every;
    private ThreadPoolTaskScheduler scheduler;
    private Instant lastTick;

    CronTicker(JdbcSourceRegistry sources, SourceSchedules schedules, JdbcHarvestLeases leases, HarvestJobs jobs, Clock clock,
               Duration every) {
        this.sources = sources;
        this.schedules = schedules;
        this.leases = leases;
        this.jobs = jobs;
        this.clock = clock;
        this.every = every;
        this.lastTick = clock.instant();
    }

    void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("harvest-schedule-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::tick, clock.instant().plus(every), every);
    }

    void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    /** Starts every enabled source whose schedule fired since the previous tick. */
    synchronized void tick() {
        Instant now = clock.instant();
        try {
            List<Source> all = sources.all();
            for (int i = 0; i < all.size(); i++) {
                Source s = all.get(i);
                Optional<Instant> due = schedules.next(s, i, lastTick);
                if (due.isPresent() && !due.get().isAfter(now) && leases.tryFire(s.code(), due.get())) {
                    LOG.info("{}: scheduled harvest ({}) due at {}", s.code(), schedules.cronOf(s, i), due.get());
                    jobs.submit(s, false, "schedule", null);
                }
            }
            lastTick = now;
        } catch (RuntimeException e) {
            // keep lastTick: the firings of this tick are tried again at the next one
            LOG.warn("scheduled harvests could not be checked: {}", e.toString());
        }
    }
}
