package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.app.schedule.HarvestJobs;
import cn.tjlib.warehouse.app.schedule.SourceSchedules;
import cn.tjlib.warehouse.harvest.describe.JdbcSourceDescriptions;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the harvest scheduling console (采集调度控制台) and its JSON admin API. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleConfiguration {
    @Bean
    SourceOverview sourceOverview(JdbcSourceRegistry registry, JdbcHarvestLog log, JdbcHarvestLeases leases,
                                  JdbcHarvestTimeouts timeouts, SourceSchedules schedules, HarvestJobs jobs, Clock clock) {
        return new SourceOverview(registry, log, leases, timeouts, schedules, jobs, clock);
    }

    @Bean
    SourceEditing sourceEditing(JdbcSourceRegistry registry, JdbcHarvestTimeouts timeouts) {
        return new SourceEditing(registry, timeouts);
    }

    @Bean
    HarvestActions harvestActions(JdbcSourceRegistry registry, HarvestJobs jobs, JdbcHarvestLeases leases, Clock clock) {
        return new HarvestActions(registry, jobs, leases, clock);
    }

    @Bean(destroyMethod = "close")
    ConnectionTest connectionTest(JdbcSourceDescriptions descriptions, Clock clock) {
        return new ConnectionTest(descriptions, clock);
    }
}
