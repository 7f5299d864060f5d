package cn.tjlib.warehouse.catalogue;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Walks a catalogue query page by page, following the (datestamp, id) cursor. */
final class CataloguePager implements Iterator<UnifiedRecord> {
    private final JdbcUnifiedCatalogue catalogue;
    private CatalogueQuery next;
    private List<UnifiedRecord> page = List.of();
    private int position;

    CataloguePager(JdbcUnifiedCatalogue catalogue, CatalogueQuery first) {
        this.catalogue = catalogue;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        if (position < page.size()) {
            return true;
        }
        if (next == null) {
            return false;
        }
        page = catalogue.list(next);
        position = 0;
        next = page.size() < next.limit() ? null : next.after(page.get(page.size() - 1));
        return !page.isEmpty();
    }

    @Override
    public UnifiedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(position++);
    }
}
