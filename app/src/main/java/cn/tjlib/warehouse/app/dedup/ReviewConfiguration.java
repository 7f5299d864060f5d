package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the review queue's console page. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReviewConfiguration {
    @Bean
    ReviewRecords reviewRecords(JdbcRawRecordStore raw, JdbcSourceRegistry sources) {
        return new ReviewRecords(raw, sources);
    }
}
