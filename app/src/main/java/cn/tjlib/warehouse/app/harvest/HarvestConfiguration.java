package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the OAI-PMH harvester. */
@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {
    @Bean(destroyMethod = "close")
    JdkHttpOaiClient oaiClient() {
        return new JdkHttpOaiClient(HarvestSettings.DEFAULTS);
    }

    @Bean
    Harvester harvester(Warehouse warehouse, JdbcHarvestLog log, JdkHttpOaiClient client, Clock clock) {
        return new Harvester(warehouse, log, client, clock);
    }
}
