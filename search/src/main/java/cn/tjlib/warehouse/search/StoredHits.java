package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

import java.util.List;
import java.util.Objects;

/** Reads a hit back from the fields {@code RecordDocument} stores. */
final class StoredHits {
    private StoredHits() {
    }

    static SearchHit read(Document doc, float score) {
        IndexableField year = doc.getField(CatalogueFields.YEAR);
        return new SearchHit(
                Long.parseLong(doc.get(CatalogueFields.ID)),
                Objects.requireNonNullElse(doc.get(CatalogueFields.TITLE_STORED), ""),
                List.of(doc.getValues(CatalogueFields.CREATOR_STORED)),
                year == null ? null : year.numericValue().intValue(),
                List.of(doc.getValues(CatalogueFields.LIBRARY)),
                score,
                doc.get(CatalogueFields.TYPE),
                null);
    }
}
