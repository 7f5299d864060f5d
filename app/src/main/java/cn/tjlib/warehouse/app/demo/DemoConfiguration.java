package cn.tjlib.warehouse.app.demo;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import cn.tjlib.warehouse.fixtures.DemoNetworkOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves the demo network of member libraries on loopback, so that a fresh machine has sources to harvest. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "warehouse.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoConfiguration {
    @Bean(destroyMethod = "close")
    DemoNetwork demoNetwork(WarehouseProperties properties) {
        WarehouseProperties.Demo demo = properties.demo();
        DemoNetworkOptions defaults = DemoNetworkOptions.defaults();
        return DemoNetwork.start(new DemoNetworkOptions(demo.seed(), demo.port(), defaults.pageSize(), defaults.scale(),
                demo.hostileSources()));
    }
}
