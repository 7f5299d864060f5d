package cn.tjlib.warehouse.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.CloseableThreadLocal;

import java.io.Closeable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Analyses the values of documents with the index's analyzer, and remembers on each thread the
 * analysis of the last {@value #REMEMBERED} publishers and subjects.
 *
 * <p>NOTE: publishers and subject headings come from controlled lists, so a catalogue repeats a
 * few thousand values over millions of records (a large publisher on tens of thousands); each was
 * word-segmented anew for every record. Titles, names and descriptions are analysed every time:
 * they rarely repeat in a real catalogue, and remembering them would only make speed depend on the
 * data (the benchmark's synthetic titles repeat far more than real ones).
 */
public final class ValueAnalysis implements Closeable {
    private static final int REMEMBERED = 4_096;

    private final Analyzer analyzer;
    private final CloseableThreadLocal<Map<String, AnalyzedValue>> remembered = new CloseableThreadLocal<>() {
        @Override
        protected Map<String, AnalyzedValue> initialValue() {
            return new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AnalyzedValue> eldest) {
                    return size() > REMEMBERED;
                }
            };
        }
    };

    /** Analyses with {@code analyzer}, which stays the caller's to close. */
    public ValueAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The tokens of {@code value} of text element {@code element} for index field {@code field}. */
    AnalyzedValue analyze(String element, String field, String value) {
        if (!CatalogueFields.PUBLISHER.equals(element) && !CatalogueFields.SUBJECT.equals(element)) {
            return AnalyzedValue.of(analyzer, field, value);
        }
        return remembered.get().computeIfAbsent(field + '\u0000' + value, k -> AnalyzedValue.of(analyzer, field, value));
    }

    @Override
    public void close() {
        remembered.close();
    }
}
