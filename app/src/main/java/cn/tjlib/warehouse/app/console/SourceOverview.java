package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.app.schedule.HarvestJobs;
import cn.tjlib.warehouse.app.schedule.HarvestSnapshot;
import cn.tjlib.warehouse.app.schedule.SourceSchedules;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.schedule.HarvestLease;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads every source's state from the registry, the harvest log, the claims and this instance's harvests. */
final class SourceOverview {
    private static final List<String> STATUS_ORDER = List.of("failed", "running", "queued", "idle", "disabled");

    private final JdbcSourceRegistry registry;
    private final JdbcHarvestLog log;
    private final JdbcHarvestLeases leases;
    private final JdbcHarvestTimeouts timeouts;
    private final SourceSchedules schedules;
    private final HarvestJobs jobs;
    private final Clock clock;

    SourceOverview(JdbcSourceRegistry registry, JdbcHarvestLog log, JdbcHarvestLeases leases, JdbcHarvestTimeouts timeouts,
                   SourceSchedules schedules, HarvestJobs jobs, Clock clock) {
        this.registry = registry;
        this.log = log;
        this.leases = leases;
        this.timeouts = timeouts;
        this.schedules = schedules;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Every source, sorted by {@code sort} (code, name, status, last, next); {@code desc} reverses it. */
    List<SourceRow> rows(String sort, boolean desc) {
        Instant now = clock.instant();
        List<Source> all = registry.all();
        Map<String, HarvestLease> held = leases.held(now).stream().collect(Collectors.toMap(HarvestLease::sourceCode, l -> l));
        Map<String, Duration> limits = timeouts.all();
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(row(all.get(i), i, held.get(all.get(i).code()), limits.get(all.get(i).code()), now));
        }
        Comparator<SourceRow> order = comparator(sort);
        rows.sort(desc ? order.reversed() : order);
        return rows;
    }

    Optional<SourceRow> row(String code) {
        Instant now = clock.instant();
        List<Source> all = registry.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return Optional.of(row(all.get(i), i, leases.holder(code, now).orElse(null),
                        timeouts.find(code).orElse(null), now));
            }
        }
        return Optional.empty();
    }

    List<HarvestRun> history(String code, int limit) {
        return log.recent(code, limit);
    }

    private SourceRow row(Source s, int index, HarvestLease lease, Duration timeout, Instant now) {
        HarvestRun last = log.recent(s.code(), 1).stream().findFirst().orElse(null);
        HarvestSnapshot live = jobs.snapshot(s.code()).orElse(null);
        String elsewhere = lease != null && !lease.owner().equals(jobs.owner()) ? lease.owner() : null;
        String status;
        if (live != null && live.active()) {
            status = "QUEUED".equals(live.state()) ? "queued" : "running";
        } else if (elsewhere != null) {
            status = "running";
        } else if (!s.enabled()) {
            status = "disabled";
        } else if (last != null && last.status() == HarvestStatus.FAILED) {
            status = "failed";
        } else {
            status = "idle";
        }
        return new SourceRow(s, status, schedules.cronOf(s, index), timeout, last, schedules.next(s, index, now).orElse(null),
                live, elsewhere);
    }

    private static Comparator<SourceRow> comparator(String sort) {
        Comparator<SourceRow> byCode = Comparator.comparing(SourceRow::code);
        Function<SourceRow, Instant> lastStart = r -> r.lastRun() == null ? Instant.MIN : r.lastRun().startedAt();
        return switch (sort == null ? "" : sort) {
            case "name" -> Comparator.comparing((SourceRow r) -> r.source().name()).thenComparing(byCode);
            case "status" -> Comparator.comparing((SourceRow r) -> STATUS_ORDER.indexOf(r.status())).thenComparing(byCode);
            case "last" -> Comparator.comparing(lastStart).reversed().thenComparing(byCode);
            case "next" -> Comparator.comparing((SourceRow r) -> r.nextRun() == null ? Instant.MAX : r.nextRun()).thenComparing(byCode);
            default -> byCode;
        };
    }
}
