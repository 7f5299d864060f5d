package cn.tjlib.warehouse.app.source;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import cn.tjlib.warehouse.fixtures.DemoSource;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the source registry: from the sources file on first start, and the demo network's sources
 * on every start (their loopback port changes from run to run).
 */
@Component
@Order(1)
class SourceSeeding implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SourceSeeding.class);

    private final JdbcSourceRegistry registry;
    private final WarehouseProperties properties;
    private final ObjectProvider<DemoNetwork> demo;

    SourceSeeding(JdbcSourceRegistry registry, WarehouseProperties properties, ObjectProvider<DemoNetwork> demo) {
        this.registry = registry;
        this.properties = properties;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.sourcesFile().isBlank()) {
            int seeded = registry.seedIfEmpty(SourcesFile.read(Path.of(properties.sourcesFile())));
            LOG.info("sources file {}: {} sources seeded (the file is read only while the registry is empty)",
                    properties.sourcesFile(), seeded);
        }
        DemoNetwork network = demo.getIfAvailable();
        if (network != null) {
            List<DemoSource> served = new ArrayList<>(network.sources());
            served.addAll(network.hostileSources());
            for (DemoSource s : served) {
                URI url = URI.create(s.baseUrl());
                // keep what staff changed (schedule, enabled); only the loopback address moves
                registry.save(registry.find(s.code())
                        .map(old -> new Source(old.code(), old.name(), url, old.metadataPrefix(), old.setSpec(), old.schedule(), old.enabled()))
                        .orElseGet(() -> Source.of(s.code(), s.name(), url)));
            }
            LOG.info("demo network: {} member libraries on http://127.0.0.1:{}/<code>/oai", served.size(), network.port());
        }
    }
}
