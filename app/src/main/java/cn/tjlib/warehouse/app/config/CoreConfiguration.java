package cn.tjlib.warehouse.app.config;

import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.search.CatalogueSearch;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import cn.tjlib.warehouse.search.nearest.LuceneNearestRecords;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.tjlib.warehouse.schemas.validation.ProfileValidator;
import cn.tjlib.warehouse.validation.RecordValidator;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;

/** Wires repository-core and the search index: the storage the rest of the service reads and writes. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JdbcSourceRegistry sourceRegistry(DataSource dataSource, Clock clock) {
        return new JdbcSourceRegistry(dataSource, clock);
    }

    @Bean
    JdbcHarvestLog harvestLog(DataSource dataSource) {
        return new JdbcHarvestLog(dataSource);
    }

    @Bean
    JdbcRawRecordStore rawRecordStore(DataSource dataSource) {
        return new JdbcRawRecordStore(dataSource);
    }

    @Bean
    JdbcUnifiedCatalogue unifiedCatalogue(DataSource dataSource) {
        return new JdbcUnifiedCatalogue(dataSource);
    }

    @Bean(destroyMethod = "close")
    LuceneCatalogueIndex catalogueIndex(WarehouseProperties properties) {
        return new LuceneCatalogueIndex(properties.dataDir().resolve("index"));
    }

    @Bean(destroyMethod = "close")
    CatalogueSearch catalogueSearch(LuceneCatalogueIndex index) {
        return new CatalogueSearch(index);
    }

    /** The network's validation profiles: those shipped in the schemas module, or an edited copy in a directory. */
    @Bean
    RecordValidator recordValidator(WarehouseProperties properties, Clock clock) {
        String dir = properties.validationRulesDir();
        return dir.isBlank() ? ProfileValidator.loadDefault() : ProfileValidator.load(Path.of(dir), clock);
    }

    /** The similarity search of matching (top-k candidates beyond the blocking keys), an index of its own. */
    @Bean(destroyMethod = "close")
    LuceneNearestRecords nearestRecords(WarehouseProperties properties) {
        return new LuceneNearestRecords(properties.dataDir().resolve("nearest"));
    }

    @Bean
    Warehouse warehouse(DataSource dataSource, LuceneCatalogueIndex index, RecordValidator validator, Clock clock,
                        WarehouseProperties properties, cn.tjlib.warehouse.app.dedup.DedupProperties dedup, LuceneNearestRecords nearest) {
        return new Warehouse(dataSource, index, validator, clock, properties.preferredLibraries(), dedup.settings(), nearest);
    }
}
