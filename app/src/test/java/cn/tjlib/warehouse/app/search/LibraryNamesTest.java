package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.source.Source;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryNamesTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final List<Source> registered = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000);
    private final LibraryNames names = new LibraryNames(() -> {
        reads.incrementAndGet();
        return List.copyOf(registered);
    }, now::get);

    @Test
    void readsAnEmptyRegistryOncePerMinuteNotOncePerLabel() {
        for (int i = 0; i < 22; i++) {
            assertThat(names.nameOf("lib" + i)).isEqualTo("lib" + i);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void seesNewSourcesAfterAMinute() {
        assertThat(names.nameOf("heping")).isEqualTo("heping");
        registered.add(new Source("heping", "和平区图书馆", URI.create("http://127.0.0.1/heping/oai"), "oai_dc", null, null, true));
        assertThat(names.nameOf("heping")).isEqualTo("heping");
        now.addAndGet(LibraryNames.TTL.toNanos() + 1);
        assertThat(names.nameOf("heping")).isEqualTo("和平区图书馆");
        assertThat(reads).hasValue(2);
    }
}
