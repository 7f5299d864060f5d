package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The member libraries' names by code, for facet labels; read from the source registry at most once a minute. */
@Component
class LibraryNames {
    static final Duration TTL = Duration.ofMinutes(1);

    private final Supplier<? extends Collection<Source>> sources;
    private final LongSupplier nanoTime;
    private volatile Names names;

    private record Names(Map<String, String> byCode, long readAt) {
    }

    @Autowired
    LibraryNames(JdbcSourceRegistry sources) {
        this(sources::all, System::nanoTime);
    }

    LibraryNames(Supplier<? extends Collection<Source>> sources, LongSupplier nanoTime) {
        this.sources = sources;
        this.nanoTime = nanoTime;
    }

    String nameOf(String code) {
        long now = nanoTime.getAsLong();
        Names current = names;
        // NOTE: by the time read, not by emptiness: with no source registered yet, an empty map made
        // every faceted search read the registry once per library it counted
        if (current == null || now - current.readAt() > TTL.toNanos()) {
            current = new Names(sources.get().stream()
                    .collect(Collectors.toUnmodifiableMap(Source::code, Source::name, (a, b) -> a)), now);
            names = current;
        }
        return current.byCode().getOrDefault(code, code);
    }
}
