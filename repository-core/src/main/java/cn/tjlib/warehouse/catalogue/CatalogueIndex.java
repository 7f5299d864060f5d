package cn.tjlib.warehouse.catalogue;

import java.util.Iterator;
import java.util.List;

/** The search index's side of the catalogue: told of every published change, rebuildable from the database. */
public interface CatalogueIndex {
    /** Adds or replaces live records and removes deleted ones; visible to searches shortly after. */
    void update(List<UnifiedRecord> changes);

    /** Replaces the whole index with {@code all} (deleted records are skipped). */
    void rebuild(Iterator<UnifiedRecord> all);

    /** An index that ignores everything, for stages run without search. */
    CatalogueIndex NONE = new CatalogueIndex() {
        @Override
        public void update(List<UnifiedRecord> changes) {
        }

        @Override
        public void rebuild(Iterator<UnifiedRecord> all) {
        }
    };
}
