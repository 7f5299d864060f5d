package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The member libraries' names by code, for facet labels; read from the source registry at most once a minute. */
@Component
class LibraryNames {
    private static final Duration TTL = Duration.ofMinutes(1);

    private final JdbcSourceRegistry sources;
    private volatile Map<String, String> names = Map.of();
    private volatile long readAt;

    LibraryNames(JdbcSourceRegistry sources) {
        this.sources = sources;
    }

    String nameOf(String code) {
        long now = System.nanoTime();
        if (names.isEmpty() || now - readAt > TTL.toNanos()) {
            names = sources.all().stream().collect(Collectors.toUnmodifiableMap(Source::code, Source::name, (a, b) -> a));
            readAt = now;
        }
        return names.getOrDefault(code, code);
    }
}
