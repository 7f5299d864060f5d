package cn.tjlib.warehouse.app.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the configured portals call the read-only JSON API from browsers. */
@Configuration(proxyBeanMethods = false)
class SearchWebConfiguration {
    @Bean
    WebMvcConfigurer searchCors(SearchProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                if (!properties.corsOrigins().isEmpty()) {
                    registry.addMapping("/api/**")
                            .allowedOriginPatterns(properties.corsOrigins().toArray(String[]::new))
                            .allowedMethods("GET", "HEAD")
                            .maxAge(3600);
                }
            }
        };
    }
}
