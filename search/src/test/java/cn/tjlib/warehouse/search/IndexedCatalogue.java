package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** An on-disk index and its search, for integration tests. */
final class IndexedCatalogue implements AutoCloseable {
    final LuceneCatalogueIndex index;
    final CatalogueSearch search;

    IndexedCatalogue(Path directory) {
        index = new LuceneCatalogueIndex(directory);
        search = new CatalogueSearch(index);
    }

    /** Updates the index and makes the changes searchable at once. */
    IndexedCatalogue add(UnifiedRecord... changes) {
        index.update(List.of(changes));
        refresh();
        return this;
    }

    void refresh() {
        try {
            index.refreshNow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the first page for {@code query}, best first. */
    List<Long> ids(String query) {
        return search.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Override
    public void close() {
        search.close();
        index.close();
    }
}
