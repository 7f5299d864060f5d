package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.app.schedule.HarvestJobs;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;

import java.time.Clock;
import java.util.Optional;

/** Run now, full re-harvest and cancel, as the console and the admin API offer them. */
final class HarvestActions {
    /** What became of a request to run a source. */
    enum Outcome { STARTED, NO_SUCH_SOURCE, ALREADY_RUNNING, RUNNING_ELSEWHERE }

    private final JdbcSourceRegistry registry;
    private final HarvestJobs jobs;
    private final JdbcHarvestLeases leases;
    private final Clock clock;

    HarvestActions(JdbcSourceRegistry registry, HarvestJobs jobs, JdbcHarvestLeases leases, Clock clock) {
        this.registry = registry;
        this.jobs = jobs;
        this.leases = leases;
        this.clock = clock;
    }

    /** Queues a harvest of the source, disabled or not (staff asked for it explicitly). */
    Outcome run(String code, boolean full, String who) {
        Optional<Source> source = registry.find(code);
        if (source.isEmpty()) {
            return Outcome.NO_SUCH_SOURCE;
        }
        if (leases.holder(code, clock.instant()).filter(l -> !l.owner().equals(jobs.owner())).isPresent()) {
            return Outcome.RUNNING_ELSEWHERE;
        }
        return jobs.submit(source.get(), full, who, null).isPresent() ? Outcome.STARTED : Outcome.ALREADY_RUNNING;
    }

    /** Cancels the source's harvest in this instance at its next page boundary; false when none is queued or running. */
    boolean cancel(String code) {
        return jobs.cancel(code);
    }

    static String message(Outcome o, String code, boolean full) {
        return switch (o) {
            case STARTED -> (full ? "已开始全量重新采集 / full re-harvest started: " : "已开始采集 / harvest started: ") + code;
            case NO_SUCH_SOURCE -> "没有该采集源 / no such source: " + code;
            case ALREADY_RUNNING -> "该源正在采集或排队中 / already queued or running: " + code;
            case RUNNING_ELSEWHERE -> "另一服务实例正在采集该源 / being harvested by another instance: " + code;
        };
    }
}
