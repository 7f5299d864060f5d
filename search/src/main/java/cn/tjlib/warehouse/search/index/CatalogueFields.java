package cn.tjlib.warehouse.search.index;

import cn.tjlib.warehouse.search.analysis.ChineseWordAnalyzer;
import cn.tjlib.warehouse.search.analysis.CjkBigramAnalyzer;
import cn.tjlib.warehouse.search.analysis.IsbnAnalyzer;
import cn.tjlib.warehouse.search.analysis.PinyinAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.Similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's fields and the analyzer of each. Every free-text element is indexed twice: as
 * segmented words ({@code title.word}) and as CJK bigrams ({@code title.bigram}).
 */
public final class CatalogueFields {
    public static final String ID = "id";
    public static final String ID_ORDER = "id.order";
    public static final String GENERATION = "generation";

    public static final String TITLE = "title";
    public static final String CREATOR = "creator";
    public static final String SUBJECT = "subject";
    public static final String PUBLISHER = "publisher";
    public static final String DESCRIPTION = "description";
    /** The elements searched as text, each in a {@link #words} and a {@link #bigrams} field, but see {@link #BIGRAMS_ONLY}. */
    public static final List<String> TEXT = List.of(TITLE, CREATOR, SUBJECT, PUBLISHER, DESCRIPTION);
    /**
     * Elements indexed as bigrams only, without word segmentation. NOTE: descriptions are the
     * longest text of a record, so segmenting them was over half of all segmentation, the largest
     * cost of indexing, and a clause in every free-text query; yet they are searched at half weight,
     * and their bigrams match every Chinese word in them (and their Latin words, stemmed) anyway.
     */
    public static final List<String> BIGRAMS_ONLY = List.of(DESCRIPTION);

    /**
     * Every term of the word and bigram fields above in one field, each once with a weight
     * ({@link FreeTextTerms}): what free text searches. Fielded and quoted queries keep the
     * per-element fields, which have positions.
     */
    public static final String FREE_TEXT = "text.any";

    public static final String TITLE_PINYIN = "title.pinyin";
    public static final String TITLE_STORED = "title.stored";
    public static final String CREATOR_STORED = "creator.stored";

    public static final String ISBN = "isbn";
    public static final String YEAR = "year";
    public static final String YEAR_ORDER = "year.order";
    public static final String LIBRARY = "library";
    public static final String TYPE = "type";
    public static final String LANGUAGE = "language";
    public static final String CLC = "clc";
    /** The creator's whole name in pinyin and initials ({@code wangjianguo}, {@code wjg}), verbatim. */
    public static final String CREATOR_PINYIN = "creator.pinyin";
    public static final String DESCRIPTION_STORED = "description.stored";

    /** Facet fields: one term and one sorted-set doc value per value, as {@code Facet} counts and filters them. */
    public static final String FACET_LIBRARY = "facet.library";
    public static final String FACET_TYPE = "facet.type";
    public static final String FACET_LANGUAGE = "facet.language";
    public static final String FACET_CLC = "facet.clc";
    /** Every level of top class a record is filed under ({@code T} and {@code TP}), for filters. */
    public static final String CLC_TOP = "clc.top";

    /** Folded titles and creator names, and their pinyin and initials, for prefix suggestions. */
    public static final String SUGGEST_TITLE = "suggest.title";
    public static final String SUGGEST_CREATOR = "suggest.creator";
    public static final String SUGGEST_PINYIN = "suggest.pinyin";
    /** Stored: one entry per suggestible value, {@code kind TAB text TAB folded TAB pinyin TAB initials}. */
    public static final String SUGGEST_ENTRY = "suggest.entry";

    /**
     * The version of the fields above. NOTE: raise it when documents change so that an index written
     * by an older version is known to need a rebuild.
     */
    public static final int SCHEMA_VERSION = 4;

    /** Fields indexed verbatim, one term per value. */
    public static final List<String> KEYWORDS = List.of(ID, LIBRARY, TYPE, LANGUAGE, CLC);

    private CatalogueFields() {
    }

    public static String words(String element) {
        return element + ".word";
    }

    public static String bigrams(String element) {
        return element + ".bigram";
    }

    /**
     * Records of years {@code from} to {@code to}, both included. NOTE: from the points, or, when
     * the rest of the query matches few records, from each one's year doc value: a range over
     * decades matches half the catalogue, and building its set of documents from the points cost
     * more than the rest of a fielded query.
     */
    public static Query yearRange(int from, int to) {
        return new IndexOrDocValuesQuery(IntPoint.newRangeQuery(YEAR, from, to),
                NumericDocValuesField.newSlowRangeQuery(YEAR_ORDER, from, to));
    }

    /** Whether {@code field}'s terms are also in {@link #FREE_TEXT}, weighted. */
    public static boolean inFreeText(String field) {
        return FreeTextTerms.counts(field);
    }

    /** The index's similarity: BM25, but linear in the weights of {@link #FREE_TEXT}. */
    public static Similarity similarity() {
        return new FreeTextSimilarity();
    }

    /** The per-field analyzer for documents. */
    public static Analyzer indexAnalyzer() {
        return perField(CjkBigramAnalyzer.forIndexing(), PinyinAnalyzer.forIndexing());
    }

    /** The per-field analyzer for queries: bigrams without unigrams, pinyin as typed. */
    public static Analyzer queryAnalyzer() {
        return perField(CjkBigramAnalyzer.forQueries(), PinyinAnalyzer.forQueries());
    }

    private static Analyzer perField(Analyzer bigrams, Analyzer pinyin) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        TEXT.forEach(element -> analyzers.put(bigrams(element), bigrams));
        analyzers.put(TITLE_PINYIN, pinyin);
        analyzers.put(CREATOR_PINYIN, pinyin);
        analyzers.put(ISBN, new IsbnAnalyzer());
        Analyzer keyword = new KeywordAnalyzer();
        KEYWORDS.forEach(field -> analyzers.put(field, keyword));
        return new PerFieldAnalyzerWrapper(new ChineseWordAnalyzer(), analyzers);
    }
}
