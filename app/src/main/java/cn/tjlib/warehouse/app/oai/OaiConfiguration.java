package cn.tjlib.warehouse.app.oai;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.oai.ListAdmission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OAI-PMH endpoint's shared state: one admission limit for every base URL the service answers under. */
@Configuration(proxyBeanMethods = false)
class OaiConfiguration {
    @Bean
    ListAdmission oaiListAdmission(WarehouseProperties properties) {
        WarehouseProperties.Oai oai = properties.oai();
        if (oai.maxConcurrentLists() < 1) {
            throw new IllegalArgumentException("warehouse.oai.max-concurrent-lists must be positive, got " + oai.maxConcurrentLists());
        }
        if (oai.retryAfter().toSeconds() < 1) {
            throw new IllegalArgumentException("warehouse.oai.retry-after must be at least 1s, got " + oai.retryAfter());
        }
        return new ListAdmission(oai.maxConcurrentLists(), oai.retryAfter());
    }
}
