package cn.tjlib.warehouse.app.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The harvest scheduler's settings ({@code warehouse.schedule.*}): whether cron schedules run, how
 * often they are checked, the time zone they are read in, the staggered nightly default for sources
 * without their own schedule, the default time limit of a harvest, and how long a claim on a source
 * lasts without renewal. {@code instanceId} names this service instance in claims (empty: host, pid
 * and a random suffix).
 */
@ConfigurationProperties("warehouse.schedule")
public record ScheduleProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("30s") Duration tick,
                                 @DefaultValue("Asia/Shanghai") ZoneId zone,
                                 @DefaultValue("01:00") LocalTime staggerFirst,
                                 @DefaultValue("7m") Duration staggerStep,
                                 @DefaultValue("6h") Duration defaultTimeout,
                                 @DefaultValue("90s") Duration leaseTtl,
                                 @DefaultValue("") String instanceId) {
    public ScheduleProperties {
        positive(tick, "tick");
        positive(staggerStep, "stagger-step");
        positive(defaultTimeout, "default-timeout");
        if (leaseTtl == null || leaseTtl.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("warehouse.schedule.lease-ttl must be at least 3s, got " + leaseTtl);
        }
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("warehouse.schedule." + name + " must be a positive duration, got " + d);
        }
    }
}
