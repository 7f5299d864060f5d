package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each source's harvest state as health details: DOWN (with its error) when its last harvest failed,
 * UP, RUNNING, NEVER or DISABLED otherwise. The overall status stays UP while sources fail: one
 * library's broken server is not an outage of the warehouse, and a load balancer must not take the
 * service away for it. Alert on {@code failedSources} here or on the last-success metric instead.
 */
final class SourcesHealth implements HealthIndicator {
    private final JdbcSourceRegistry sources;
    private final JdbcHarvestLog log;

    SourcesHealth(JdbcSourceRegistry sources, JdbcHarvestLog log) {
        this.sources = sources;
        this.log = log;
    }

    @Override
    public Health health() {
        Map<String, Object> perSource = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (Source s : sources.all()) {
            Map<String, Object> d = new LinkedHashMap<>();
            HarvestRun last = log.recent(s.code(), 1).stream().findFirst().orElse(null);
            String state = !s.enabled() ? "DISABLED" : last == null ? "NEVER" : switch (last.status()) {
                case FAILED -> "DOWN";
                case RUNNING -> "RUNNING";
                case SUCCEEDED, CANCELLED -> "UP";
            };
            d.put("status", state);
            if (last != null) {
                d.put("lastRun", last.startedAt().toString());
                if (last.status() == HarvestStatus.FAILED) {
                    d.put("error", last.error());
                    if (s.enabled()) {
                        failed.add(s.code());
                    }
                }
            }
            perSource.put(s.code(), d);
        }
        return Health.up().withDetail("failedSources", failed).withDetail("sources", perSource).build();
    }
}
