package cn.tjlib.warehouse.search.index;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.search.analysis.SuggestKeys;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * The suggestion keys of a record's first title and its creators: each value is indexed folded
 * and as pinyin and initials, for prefix queries, and stored once with its keys, so that a
 * suggestion is read back without transliterating at query time.
 */
final class Suggestions {
    /** Longer values are not suggested: nobody types them, and terms have a size limit. */
    private static final int MAX_LENGTH = 200;

    private Suggestions() {
    }

    static void add(Document doc, CanonicalRecord record) {
        record.title().ifPresent(title -> add(doc, "TITLE", title, CatalogueFields.SUGGEST_TITLE));
        for (Creator creator : record.creators()) {
            add(doc, "CREATOR", creator.name(), CatalogueFields.SUGGEST_CREATOR);
        }
    }

    private static void add(Document doc, String kind, String text, String field) {
        if (text.length() > MAX_LENGTH) {
            return;
        }
        String folded = SuggestKeys.fold(text);
        if (folded.isEmpty()) {
            return;
        }
        String pinyin = SuggestKeys.pinyin(text);
        String initials = SuggestKeys.initials(text);
        doc.add(new StringField(field, folded, Store.NO));
        if (!pinyin.isEmpty()) {
            doc.add(new StringField(CatalogueFields.SUGGEST_PINYIN, pinyin, Store.NO));
            doc.add(new StringField(CatalogueFields.SUGGEST_PINYIN, initials, Store.NO));
        }
        doc.add(new StoredField(CatalogueFields.SUGGEST_ENTRY,
                String.join("\t", kind, text.replace('\t', ' '), folded, pinyin, initials)));
    }
}
