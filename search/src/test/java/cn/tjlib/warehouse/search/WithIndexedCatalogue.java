package cn.tjlib.warehouse.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * For integration tests of search: a fresh on-disk catalogue index per test in {@link #directory},
 * closed after it. A subclass's own {@code @BeforeEach} runs after {@link #open()}, so it can add
 * records; a test may close and reopen {@link #catalogue} over the same directory.
 */
abstract class WithIndexedCatalogue {
    @TempDir
    Path directory;
    IndexedCatalogue catalogue;

    @BeforeEach
    final void open() {
        catalogue = new IndexedCatalogue(directory);
    }

    @AfterEach
    final void close() {
        catalogue.close();
    }
}
