package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.source.Source;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When each source is harvested: its own cron expression, or else a nightly default staggered by the
 * source's position in the registry (by code), e.g. 01:00, 01:07, 01:14 …, so that 22 libraries are
 * not all asked at the same minute. Expressions are Spring's six fields (second minute hour day month weekday).
 */
public final class SourceSchedules {
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final ZoneId zone;
    private final LocalTime first;
    private final Duration step;

    public SourceSchedules(ZoneId zone, LocalTime first, Duration step) {
        this.zone = zone;
        this.first = first;
        this.step = step;
    }

    /** The default schedule of the source at {@code index}: daily at {@code first + index × step}, wrapping at midnight. */
    public String defaultCron(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, got " + index);
        }
        long minutes = (first.getHour() * 60L + first.getMinute() + index * step.toMinutes()) % MINUTES_PER_DAY;
        return "0 " + minutes % 60 + " " + minutes / 60 + " * * *";
    }

    /** The cron expression the source runs on. */
    public String cronOf(Source source, int index) {
        return source.schedule() != null ? source.schedule() : defaultCron(index);
    }

    /** The source's next scheduled harvest strictly after {@code after}; empty when disabled or the expression is invalid. */
    public Optional<Instant> next(Source source, int index, Instant after) {
        String cron = cronOf(source, index);
        if (!source.enabled() || !CronExpression.isValidExpression(cron)) {
            return Optional.empty();
        }
        return Optional.ofNullable(CronExpression.parse(cron).next(after.atZone(zone))).map(t -> t.toInstant());
    }

    public ZoneId zone() {
        return zone;
    }
}
