package cn.tjlib.warehouse.app.search;

import org.junit.jupiter.api.Test;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWebConfigurationTest {
    /** Exposes what was registered. */
    static final class Registry extends CorsRegistry {
        Map<String, CorsConfiguration> registered() {
            return getCorsConfigurations();
        }
    }

    @Test
    void allowsNoOriginByDefault() {
        Registry registry = new Registry();
        new SearchWebConfiguration().searchCors(new SearchProperties(List.of())).addCorsMappings(registry);
        assertThat(registry.registered()).isEmpty();
    }

    @Test
    void allowsTheConfiguredPortalsToReadTheApi() {
        Registry registry = new Registry();
        new SearchWebConfiguration().searchCors(new SearchProperties(List.of(" https://portal.tjl.example.cn ", "")))
                .addCorsMappings(registry);
        CorsConfiguration api = registry.registered().get("/api/**");
        assertThat(api.checkOrigin("https://portal.tjl.example.cn")).isEqualTo("https://portal.tjl.example.cn");
        assertThat(api.checkOrigin("https://evil.example")).isNull();
        assertThat(api.getAllowedMethods()).containsExactly("GET", "HEAD");
    }

    @Test
    void readsSortNamesInAnyCase() {
        assertThat(SearchController.order("Newest")).isEqualTo(cn.tjlib.warehouse.search.SearchOrder.NEWEST);
        assertThat(SearchController.order("year")).isEqualTo(cn.tjlib.warehouse.search.SearchOrder.NEWEST);
    }
}
