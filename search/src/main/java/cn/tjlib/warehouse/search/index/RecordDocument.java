package cn.tjlib.warehouse.search.index;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.search.analysis.SuggestKeys;
import cn.tjlib.warehouse.search.facet.ClcClasses;
import cn.tjlib.warehouse.search.facet.Languages;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

import java.util.LinkedHashSet;
import java.util.Set;

/** A live unified record as a Lucene document: searchable fields, facets, suggestions, plus what a hit displays. */
public final class RecordDocument {
    /** Free text: terms and their weights as frequencies, without positions or norms (see {@link FreeTextTerms}). */
    private static final FieldType FREE_TEXT_TYPE = freeTextType();

    private RecordDocument() {
    }

    /** The term that identifies the document of unified record {@code id}. */
    public static Term idTerm(long id) {
        return new Term(CatalogueFields.ID, Long.toString(id));
    }

    /**
     * The document of {@code unified}, stamped with the index {@code generation} that wrote it; its
     * text analysed here by {@code analysis}, the index's, each value once for its own field and
     * for free text.
     *
     * @throws IllegalArgumentException if the record is deleted
     */
    public static Document of(UnifiedRecord unified, long generation, ValueAnalysis analysis) {
        if (unified.deleted()) {
            throw new IllegalArgumentException("unified record " + unified.id() + " is deleted and has no document");
        }
        CanonicalRecord record = unified.record();
        Document doc = new Document();
        doc.add(new StringField(CatalogueFields.ID, Long.toString(unified.id()), Store.YES));
        doc.add(new NumericDocValuesField(CatalogueFields.ID_ORDER, unified.id()));
        doc.add(new LongPoint(CatalogueFields.GENERATION, generation));
        doc.add(new StringField(CatalogueFields.TYPE, unified.type().code(), Store.YES));
        doc.add(new KeywordField(CatalogueFields.FACET_TYPE, unified.type().code(), Store.NO));
        for (String library : unified.libraries()) {
            doc.add(new StringField(CatalogueFields.LIBRARY, library, Store.YES));
            doc.add(new KeywordField(CatalogueFields.FACET_LIBRARY, library, Store.NO));
        }
        FreeTextTerms freeText = new FreeTextTerms();
        addDescription(new Text(doc, analysis, freeText), record);
        doc.add(freeText.field(CatalogueFields.FREE_TEXT, FREE_TEXT_TYPE));
        addFacets(doc, record);
        return doc;
    }

    private static void addDescription(Text text, CanonicalRecord record) {
        Document doc = text.doc();
        doc.add(new StoredField(CatalogueFields.TITLE_STORED, record.title().orElse("")));
        for (String title : record.titles()) {
            text.add(CatalogueFields.TITLE, title);
        }
        // the title's suggestion before the creators', as readers see them listed
        record.title().ifPresent(title -> Suggestions.addTitle(doc, title));
        for (Creator creator : record.creators()) {
            text.add(CatalogueFields.CREATOR, creator.name());
            doc.add(new StoredField(CatalogueFields.CREATOR_STORED, creator.name()));
            SuggestKeys keys = SuggestKeys.of(creator.name());
            addVerbatim(doc, CatalogueFields.CREATOR_PINYIN, keys.pinyin());
            addVerbatim(doc, CatalogueFields.CREATOR_PINYIN, keys.initials());
            Suggestions.addCreator(doc, creator.name(), keys);
        }
        for (Subject subject : record.subjects()) {
            if (subject.isClc()) {
                doc.add(new StringField(CatalogueFields.CLC, subject.value(), Store.YES));
            } else {
                text.add(CatalogueFields.SUBJECT, subject.value());
            }
        }
        record.publishers().forEach(publisher -> text.add(CatalogueFields.PUBLISHER, publisher));
        record.descriptions().forEach(description -> text.add(CatalogueFields.DESCRIPTION, description));
        record.descriptions().stream().findFirst()
                .ifPresent(d -> doc.add(new StoredField(CatalogueFields.DESCRIPTION_STORED, d)));
        record.languages().forEach(language -> doc.add(new StringField(CatalogueFields.LANGUAGE, language, Store.NO)));
        for (Identifier isbn : record.identifiers(IdentifierType.ISBN)) {
            doc.add(new TextField(CatalogueFields.ISBN, isbn.value(), Store.NO));
        }
        record.year().ifPresent(year -> {
            doc.add(new IntPoint(CatalogueFields.YEAR, year));
            doc.add(new StoredField(CatalogueFields.YEAR, year));
            doc.add(new NumericDocValuesField(CatalogueFields.YEAR_ORDER, year));
        });
    }

    private static void addFacets(Document doc, CanonicalRecord record) {
        Set<String> languages = new LinkedHashSet<>();
        record.languages().forEach(language -> languages.add(Languages.code(language)));
        languages.forEach(code -> doc.add(new KeywordField(CatalogueFields.FACET_LANGUAGE, code, Store.NO)));
        Set<String> classes = new LinkedHashSet<>();
        Set<String> levels = new LinkedHashSet<>();
        for (String number : record.clcClasses()) {
            ClcClasses.topClass(number).ifPresent(top -> {
                classes.add(top);
                levels.add(top.substring(0, 1));
                levels.add(top);
            });
        }
        classes.forEach(top -> doc.add(new KeywordField(CatalogueFields.FACET_CLC, top, Store.NO)));
        levels.forEach(level -> doc.add(new StringField(CatalogueFields.CLC_TOP, level, Store.NO)));
    }

    /**
     * Adds text elements to a document: each value analysed once per field, its tokens indexed in
     * the element's word and bigram fields and counted into free text.
     */
    private record Text(Document doc, ValueAnalysis analysis, FreeTextTerms freeText) {
        void add(String element, String value) {
            if (!CatalogueFields.BIGRAMS_ONLY.contains(element)) {
                String words = CatalogueFields.words(element);
                AnalyzedValue analyzed = analysis.analyze(element, words, value);
                doc.add(analyzed.field(words, TextField.TYPE_NOT_STORED));
                freeText.add(words, analyzed);
                if (CatalogueFields.TITLE.equals(element)) {
                    // right after its words: the pinyin reads the same segmentation (LastSegmentationTokenizer)
                    String pinyin = CatalogueFields.TITLE_PINYIN;
                    doc.add(analysis.analyze(element, pinyin, value).field(pinyin, TextField.TYPE_NOT_STORED));
                }
            }
            String bigrams = CatalogueFields.bigrams(element);
            AnalyzedValue analyzed = analysis.analyze(element, bigrams, value);
            doc.add(analyzed.field(bigrams, TextField.TYPE_NOT_STORED));
            freeText.add(bigrams, analyzed);
        }
    }

    private static FieldType freeTextType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static void addVerbatim(Document doc, String field, String value) {
        if (!value.isEmpty()) {
            doc.add(new StringField(field, value, Store.NO));
        }
    }
}
