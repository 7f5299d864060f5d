package cn.tjlib.warehouse.app.oai;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.oai.ListAdmission;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OAI-PMH endpoint's shared state: one admission limit for every base URL the service answers
 * under, and its own security chain.
 */
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

    /**
     * Public, read-only and sessionless. NOTE: OAI-PMH harvesters POST forms (spec §3.1.1.2) and have
     * no CSRF token; the console's chain would refuse them with 403. No cookie authenticates anything
     * here, so there is nothing for a forged request to ride on.
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain oaiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/oai")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }
}
