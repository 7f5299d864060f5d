package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvest.describe.JdbcSourceDescriptions;
import cn.tjlib.warehouse.harvest.describe.SourceDescriber;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** Wires the OAI-PMH harvester and the store of what each source declares. */
@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {
    @Bean(destroyMethod = "close")
    JdkHttpOaiClient oaiClient() {
        return new JdkHttpOaiClient(HarvestSettings.DEFAULTS);
    }

    @Bean
    JdbcSourceDescriptions sourceDescriptions(DataSource dataSource) {
        return new JdbcSourceDescriptions(dataSource);
    }

    // every harvest also records the formats and sets its source declares, for the console's source page
    @Bean
    Harvester harvester(Warehouse warehouse, JdbcHarvestLog log, JdkHttpOaiClient client, JdbcSourceDescriptions descriptions,
                        Clock clock) {
        return new Harvester(warehouse, log, client, clock, new SourceDescriber(client, descriptions, clock));
    }
}
