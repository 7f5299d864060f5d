package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;

/** Wires the harvest queue, database claims, cron schedules, resumption of interrupted runs, harvest metrics and the sources' health. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {
    @Bean
    JdbcHarvestLeases harvestLeases(DataSource dataSource) {
        return new JdbcHarvestLeases(dataSource);
    }

    @Bean
    JdbcHarvestTimeouts harvestTimeouts(DataSource dataSource) {
        return new JdbcHarvestTimeouts(dataSource);
    }

    @Bean
    SourceSchedules sourceSchedules(ScheduleProperties p) {
        return new SourceSchedules(p.zone(), p.staggerFirst(), p.staggerStep());
    }

    @Bean
    HarvestMetrics harvestMetrics(MeterRegistry registry, JdbcHarvestLog log) {
        return new HarvestMetrics(registry, log);
    }

    @Bean(destroyMethod = "close")
    HarvestJobs harvestJobs(Harvester harvester, JdbcHarvestLeases leases, JdbcHarvestTimeouts timeouts, HarvestMetrics metrics,
                            Clock clock, WarehouseProperties warehouse, ScheduleProperties p) {
        return new HarvestJobs(harvester, leases, timeouts, metrics, clock, instanceId(p), warehouse.harvest().concurrency(),
                p.leaseTtl(), p.defaultTimeout());
    }

    @Bean
    SourcesHealth harvestSources(JdbcSourceRegistry sources, JdbcHarvestLog log) {
        return new SourcesHealth(sources, log);
    }

    // web service only: the command line's context runs one command and exits
    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "warehouse.schedule.enabled", havingValue = "true", matchIfMissing = true)
    CronTicker cronTicker(JdbcSourceRegistry sources, SourceSchedules schedules, JdbcHarvestLeases leases, HarvestJobs jobs,
                          Clock clock, ScheduleProperties p) {
        return new CronTicker(sources, schedules, leases, jobs, clock, p.tick());
    }

    @Bean(destroyMethod = "stop")
    @ConditionalOnWebApplication
    InterruptedRuns interruptedRuns(JdbcSourceRegistry sources, JdbcHarvestLog log, JdbcHarvestLeases leases, HarvestJobs jobs,
                                    Clock clock) {
        return new InterruptedRuns(sources, log, leases, jobs, clock);
    }

    // once the service is up, before the start-up harvest (which would resume them too, when their claims have lapsed)
    @Bean
    @Order(5)
    @ConditionalOnWebApplication
    ApplicationRunner resumeInterruptedRuns(InterruptedRuns runs) {
        return args -> runs.start();
    }

    private static String instanceId(ScheduleProperties p) {
        if (!p.instanceId().isBlank()) {
            return p.instanceId();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-" + UUID.randomUUID().toString().substring(0, 4);
    }
}
