package cn.tjlib.warehouse.app.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Settings of the search API ({@code warehouse.search.*}).
 *
 * @param corsOrigins origins of the portals allowed to call {@code /api/**} from a browser, e.g.
 *                    {@code https://portal.tjl.example.cn}; none by default, {@code *} for any
 */
@ConfigurationProperties("warehouse.search")
public record SearchProperties(@DefaultValue({}) List<String> corsOrigins) {
    public SearchProperties {
        corsOrigins = corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }
}
