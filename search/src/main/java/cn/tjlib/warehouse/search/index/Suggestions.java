package cn.tjlib.warehouse.search.index;

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

    /** Adds the suggestion of a record's first title. */
    static void addTitle(Document doc, String title) {
        if (title.length() <= MAX_LENGTH) {
            add(doc, "TITLE", title, SuggestKeys.of(title), CatalogueFields.SUGGEST_TITLE);
        }
    }

    /** Adds the suggestion of a creator's name, whose keys the caller has computed for its own fields too. */
    static void addCreator(Document doc, String name, SuggestKeys keys) {
        if (name.length() <= MAX_LENGTH) {
            add(doc, "CREATOR", name, keys, CatalogueFields.SUGGEST_CREATOR);
        }
    }

    private static void add(Document doc, String kind, String text, SuggestKeys keys, String field) {
        String folded = keys.folded();
        if (folded.isEmpty()) {
            return;
        }
        String pinyin = keys.pinyin();
        String initials = keys.initials();
        doc.add(new StringField(field, folded, Store.NO));
        if (!pinyin.isEmpty()) {
            doc.add(new StringField(CatalogueFields.SUGGEST_PINYIN, pinyin, Store.NO));
            doc.add(new StringField(CatalogueFields.SUGGEST_PINYIN, initials, Store.NO));
        }
        doc.add(new StoredField(CatalogueFields.SUGGEST_ENTRY,
                String.join("\t", kind, text.replace('\t', ' '), folded, pinyin, initials)));
    }
}
