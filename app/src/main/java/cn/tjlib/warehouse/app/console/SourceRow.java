package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.app.schedule.HarvestSnapshot;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.source.Source;

import java.time.Duration;
import java.time.Instant;

/**
 * One source as the console lists it: {@code status} is idle, queued, running, failed or disabled;
 * {@code lastRun} the newest recorded run (or null), {@code nextRun} the next scheduled harvest (or
 * null when disabled), {@code live} this instance's queued, running or just finished harvest, and
 * {@code runningOn} the other instance that harvests it now, if any.
 */
public record SourceRow(Source source, String status, String cron, Duration timeout, HarvestRun lastRun, Instant nextRun,
                        HarvestSnapshot live, String runningOn) {
    public String code() {
        return source.code();
    }

    /** The last run's duration in seconds, or null. */
    public Double lastDurationSeconds() {
        if (lastRun == null || lastRun.finishedAt() == null) {
            return null;
        }
        return Duration.between(lastRun.startedAt(), lastRun.finishedAt()).toMillis() / 1000.0;
    }

    public String lastError() {
        return lastRun == null ? null : lastRun.error();
    }
}
