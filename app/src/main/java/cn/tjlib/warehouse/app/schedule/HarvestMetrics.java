package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestProgress;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Harvest metrics for the network's monitoring: {@code warehouse.harvest.records{source,outcome}},
 * {@code warehouse.harvest.duration{source,status}}, {@code warehouse.harvest.errors{source}} and
 * {@code warehouse.harvest.last.success.time{source}} (epoch seconds, read from the harvest log so
 * that it also counts harvests done by other instances; alert when it grows old).
 */
public final class HarvestMetrics {
    private final MeterRegistry registry;
    private final JdbcHarvestLog log;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();

    public HarvestMetrics(MeterRegistry registry, JdbcHarvestLog log) {
        this.registry = registry;
        this.log = log;
    }

    /** Registers the last-success gauge of {@code sourceCode} (once). */
    public void watch(String sourceCode) {
        if (gauged.add(sourceCode)) {
            Gauge.builder("warehouse.harvest.last.success.time", log, l -> l.lastSucceeded(sourceCode)
                            .map(HarvestRun::finishedAt).map(t -> t.toEpochMilli() / 1000.0).orElse(Double.NaN))
                    .tag("source", sourceCode).baseUnit("seconds")
                    .description("when the source's last successful harvest finished").register(registry);
        }
    }

    /** A listener that counts one harvest of {@code sourceCode}. */
    public HarvestListener listener(String sourceCode) {
        watch(sourceCode);
        return new HarvestListener() {
            @Override
            public void pageHarvested(HarvestProgress p) {
                HarvestCounts c = p.lastPage();
                count(sourceCode, "new", c.created());
                count(sourceCode, "updated", c.updated());
                count(sourceCode, "unchanged", c.unchanged());
                count(sourceCode, "deleted", c.deleted());
                count(sourceCode, "rejected", c.rejected());
            }

            @Override
            public void finished(HarvestReport r) {
                Timer.builder("warehouse.harvest.duration").tag("source", sourceCode).tag("status", r.status().name())
                        .description("how long harvests take").register(registry).record(r.duration());
                if (r.status() == HarvestStatus.FAILED) {
                    Counter.builder("warehouse.harvest.errors").tag("source", sourceCode)
                            .description("harvests that failed").register(registry).increment();
                }
            }
        };
    }

    private void count(String source, String outcome, int n) {
        if (n > 0) {
            Counter.builder("warehouse.harvest.records").tag("source", source).tag("outcome", outcome)
                    .description("records harvested, by outcome").register(registry).increment(n);
        }
    }
}
