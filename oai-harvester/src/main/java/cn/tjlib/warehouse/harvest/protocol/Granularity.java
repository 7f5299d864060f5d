package cn.tjlib.warehouse.harvest.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The datestamp precision a repository supports, as its Identify response declares it. */
public enum Granularity {
    DAY("YYYY-MM-DD"),
    SECONDS("YYYY-MM-DDThh:mm:ssZ");

    private static final DateTimeFormatter SECONDS_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final String pattern;

    Granularity(String pattern) {
        this.pattern = pattern;
    }

    /** The granularity named by {@code declared}; a missing or unknown value means DAY, which every repository must support. */
    public static Granularity parse(String declared) {
        return declared != null && SECONDS.pattern.equals(declared.strip()) ? SECONDS : DAY;
    }

    /** {@code instant} as a {@code from} argument in this granularity. */
    public String format(Instant instant) {
        return this == DAY
                ? LocalDate.ofInstant(instant, ZoneOffset.UTC).toString()
                : SECONDS_FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * The {@code from} argument of an incremental harvest after a run that started at {@code lastStart}:
     * one unit earlier, because records changed during that unit may not have been in that run's lists.
     */
    public String fromAfter(Instant lastStart) {
        Instant truncated = lastStart.truncatedTo(this == DAY ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
        return format(truncated.minus(1, this == DAY ? ChronoUnit.DAYS : ChronoUnit.SECONDS));
    }
}
